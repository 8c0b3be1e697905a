import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthorityEntity } from '@app/persistence';
import { actorOf } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/auth.guard';
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
    @Req() request: AuthenticatedRequest,
  ): Promise<AuthorityEntity> {
    return this.authorities.create(body, actorOf(request));
  }

  @Patch(':id')
  update(
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateAuthorityDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<AuthorityEntity> {
    return this.authorities.update(id, body, actorOf(request));
  }
}
