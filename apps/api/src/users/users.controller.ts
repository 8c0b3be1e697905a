import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { IdPipe } from '../common/id.pipe';
import { ApiBearerAuth, ApiTags, PartialType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role, UsersRepository } from '@app/persistence';
import { DomainError, hashPassword } from '@app/platform';
import { PublicUser, toPublicUser } from '../auth/auth.service';
import { AdminOnly } from '../common/public.decorator';

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

export class UpdateUserDto extends PartialType(CreateUserDto) {}

@ApiTags('users')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersRepository) {}

  @Get()
  async list(): Promise<PublicUser[]> {
    return (await this.users.listAll()).map(toPublicUser);
  }

  @Post()
  async create(@Body() body: CreateUserDto): Promise<PublicUser> {
    if (await this.users.findByEmail(body.email)) {
      throw new DomainError('conflict', `a user with email ${body.email} already exists`, {
        email: ['already in use'],
      });
    }
    const { password, ...fields } = body;
    return toPublicUser(
      await this.users.create({ ...fields, passwordHash: await hashPassword(password) }),
    );
  }

  @Patch(':id')
  async update(@Param('id', IdPipe) id: number, @Body() body: UpdateUserDto): Promise<PublicUser> {
    const user = await this.users.findById(id);
    if (!user) throw DomainError.notFound('user', 'id', id);
    if (
      body.email &&
      body.email.toLowerCase() !== user.email &&
      (await this.users.findByEmail(body.email))
    ) {
      throw new DomainError('conflict', `a user with email ${body.email} already exists`, {
        email: ['already in use'],
      });
    }
    if (
      user.role === 'admin' &&
      body.role &&
      body.role !== 'admin' &&
      (await this.users.countAdmins()) === 1
    ) {
      throw new DomainError('conflict', 'the last admin cannot lose the admin role', {
        role: ['last admin'],
      });
    }
    const { password, ...fields } = body;
    const changes = password ? { ...fields, passwordHash: await hashPassword(password) } : fields;
    return toPublicUser((await this.users.update(id, changes))!);
  }
}
