import { Controller, Delete, Get, HttpCode, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf } from '../audit/audit.service';
import { IdPipe } from '../common/id.pipe';
import { AdminOnly, ReadsOnly } from '../common/public.decorator';
import type { AuthenticatedRequest } from './auth.guard';
import { TokensService, TokenView } from './tokens.service';

/** Everyone sees and revokes their own tokens (viewers too); admins anyone's. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/v1')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Get('me/tokens')
  mine(@Req() request: AuthenticatedRequest): Promise<TokenView[]> {
    return this.tokens.list(request.user.id, request.token);
  }

  @ReadsOnly()
  @Delete('me/tokens/:id')
  @HttpCode(204)
  revokeMine(@Param('id', IdPipe) id: number, @Req() request: AuthenticatedRequest): Promise<void> {
    return this.tokens.revoke(request.user.id, id, actorOf(request));
  }

  @AdminOnly()
  @Get('users/:id/tokens')
  ofUser(
    @Param('id', IdPipe) userId: number,
    @Req() request: AuthenticatedRequest,
  ): Promise<TokenView[]> {
    return this.tokens.list(userId, request.token);
  }

  @AdminOnly()
  @Delete('users/:id/tokens/:tokenId')
  @HttpCode(204)
  revokeOfUser(
    @Param('id', IdPipe) userId: number,
    @Param('tokenId', IdPipe) tokenId: number,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    return this.tokens.revoke(userId, tokenId, actorOf(request));
  }
}
