import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { UserEntity } from '@app/persistence';
import { Public, ReadsOnly } from '../common/public.decorator';
import type { AuthenticatedRequest } from './auth.guard';
import { AuthService, PublicUser, toPublicUser } from './auth.service';
import { CurrentUser } from './current-user.decorator';

export class LoginDto {
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * Ten tries a minute per address: enough for a person, too few to guess a password. Each account
   * also waits after five failures (LoginBackoffService), whichever address the guesses come from.
   */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('auth/login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<{ token: string; user: PublicUser; expiresAt: string }> {
    const { token, user, expiresAt } = await this.auth.login(body.email, body.password, {
      ip: request.ip,
    });
    return { token, user, expiresAt: expiresAt.toISOString() };
  }

  /** Revoking one's own token changes nothing else: viewers may too. */
  @ApiBearerAuth()
  @ReadsOnly()
  @Post('auth/logout')
  @HttpCode(204)
  async logout(@Req() request: AuthenticatedRequest): Promise<void> {
    await this.auth.logout(request.token);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: UserEntity): PublicUser {
    return toPublicUser(user);
  }
}
