import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthorityEntity, UserEntity } from '@app/persistence';
import { CurrentUser } from '../auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { AuthoritiesService } from './authorities.service';
import { CreateAuthorityDto, UpdateAuthorityDto } from './authority.dto';

@ApiTags('authorities')
@ApiBearerAuth()
@Controller('api/v1/authorities')
export class AuthoritiesController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  list(): Promise<AuthorityEntity[]> {
    return this.authorities.list();
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: number): Promise<AuthorityEntity> {
    return this.authorities.show(id);
  }

  @Post()
  create(
    @Body() body: CreateAuthorityDto,
    @CurrentUser() user: UserEntity,
  ): Promise<AuthorityEntity> {
    return this.authorities.create(body, user);
  }

  @Patch(':id')
  update(
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateAuthorityDto,
    @CurrentUser() user: UserEntity,
  ): Promise<AuthorityEntity> {
    return this.authorities.update(id, body, user);
  }
}
