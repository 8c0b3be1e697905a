import { Injectable } from '@nestjs/common';
import { AuthoritiesRepository, AuthorityEntity, AuthorityFields } from '@app/persistence';
import { DomainError } from '@app/platform';
import type { CreateAuthorityDto, UpdateAuthorityDto } from './authority.dto';

/** Scottish public authorities answer under FOISA; everyone else under FOIA, unless told. */
function defaultRegime(nation: string): 'foia' | 'foisa' {
  return nation === 'scotland' ? 'foisa' : 'foia';
}

/** Adding and changing authorities, for the API and the dashboard alike. */
@Injectable()
export class AuthoritiesService {
  constructor(private readonly authorities: AuthoritiesRepository) {}

  list(): Promise<AuthorityEntity[]> {
    return this.authorities.listByName();
  }

  async show(id: number): Promise<AuthorityEntity> {
    const authority = await this.authorities.findById(id);
    if (!authority) throw DomainError.notFound('authority', 'id', id);
    return authority;
  }

  async create(body: CreateAuthorityDto): Promise<AuthorityEntity> {
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

  async update(
    id: number,
    body: Partial<AuthorityFields> | UpdateAuthorityDto,
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

  /**
   * Every field at once (the dashboard's edit form): a regime left empty goes back to the
   * nation's default, and an emptied reference pattern is removed.
   */
  async replace(id: number, body: CreateAuthorityDto): Promise<AuthorityEntity> {
    return this.update(id, {
      ...body,
      regime: body.regime ?? defaultRegime(body.nation),
      referencePattern: body.referencePattern ?? null,
    });
  }
}
