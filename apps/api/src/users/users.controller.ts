import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import { IdPipe } from '../common/id.pipe';
import { ApiBearerAuth, ApiTags, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES, Role } from '@app/persistence';
import { actorOf } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import type { PublicUser } from '../auth/auth.service';
import { AdminOnly } from '../common/public.decorator';
import { UsersService } from './users.service';

export class CreateUserDto {
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @IsIn(ROLES)
  role!: Role;

  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;
}

export class UpdateUserDto extends PartialType(CreateUserDto) {
  /** true: the user cannot sign in and every token of theirs stops working; false: back on. */
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

@ApiTags('users')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  list(): Promise<PublicUser[]> {
    return this.service.list();
  }

  @Post()
  create(@Body() body: CreateUserDto, @Req() request: AuthenticatedRequest): Promise<PublicUser> {
    return this.service.create(body, actorOf(request));
  }

  @Patch(':id')
  update(
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateUserDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<PublicUser> {
    return this.service.update(id, body, actorOf(request));
  }
}
