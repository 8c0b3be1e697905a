import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { IdPipe } from '../common/id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthoritiesRepository, AuthorityEntity } from '@app/persistence';
import { DomainError } from '@app/platform';
import { CreateAuthorityDto, UpdateAuthorityDto } from './authority.dto';

/** Scottish public authorities answer under FOISA; everyone else under FOIA, unless told. */
function defaultRegime(nation: string): 'foia' | 'foisa' {
  return nation === 'scotland' ? 'foisa' : 'foia';
}

@ApiTags('authorities')
@ApiBearerAuth()
@Controller('api/v1/authorities')
export class AuthoritiesController {
  constructor(private readonly authorities: AuthoritiesRepository) {}

  @Get()
  list(): Promise<AuthorityEntity[]> {
    return this.authorities.listByName();
  }

  @Get(':id')
  async show(@Param('id', IdPipe) id: number): Promise<AuthorityEntity> {
    const authority = await this.authorities.findById(id);
    if (!authority) throw DomainError.notFound('authority', 'id', id);
    return authority;
  }

  @Post()
  async create(@Body() body: CreateAuthorityDto): Promise<AuthorityEntity> {
    if (await this.authorities.findByName(body.name)) {
      throw new DomainError('conflict', `an authority named "${body.name}" already exists`, {
        name: ['already exists'],
      });
    }
    return this.authorities.create({
      name: body.name,
      email: body.email,
      nation: body.nation,
      regime: body.regime ?? defaultRegime(body.nation),
      referencePattern: body.referencePattern ?? null,
    });
  }

  @Patch(':id')
  async update(
    @Param('id', IdPipe) id: number,
    @Body() body: UpdateAuthorityDto,
  ): Promise<AuthorityEntity> {
    const authority = await this.show(id);
    if (
      body.name &&
      body.name !== authority.name &&
      (await this.authorities.findByName(body.name))
    ) {
      throw new DomainError('conflict', `an authority named "${body.name}" already exists`, {
        name: ['already exists'],
      });
    }
    return (await this.authorities.update(id, body))!;
  }
}
