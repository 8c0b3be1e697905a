import { Injectable } from '@nestjs/common';
import {
  AuthoritiesRepository,
  AuthorityEntity,
  AuthorityFields,
  UserEntity,
} from '@app/persistence';
import { DomainError } from '@app/platform';
import type { CreateAuthorityDto, UpdateAuthorityDto } from './authority.dto';

/** Scottish public authorities answer under FOISA; everyone else under FOIA, unless told. */
function defaultRegime(nation: string): 'foia' | 'foisa' {
  return nation === 'scotland' ? 'foisa' : 'foia';
}

/** Who is making a change: only an admin may set the pattern every officer's input is held to. */
export type AuthorityEditor = Pick<UserEntity, 'role'>;

/** An empty pattern is no pattern. */
function patternOf(body: { referencePattern?: string | null }): string | null | undefined {
  return body.referencePattern === undefined ? undefined : body.referencePattern || null;
}

/**
 * A reference pattern runs against what every officer logs, so setting or changing it is for
 * admins; an officer may still add authorities and change their other fields (sending the
 * pattern unchanged, as a form or a client that echoes the record does, is no change).
 */
function refuseUnlessAdmin(
  editor: AuthorityEditor,
  wanted: string | null | undefined,
  current: string | null,
): void {
  if (editor.role === 'admin' || wanted === undefined || wanted === current) return;
  const message = "only an admin may set or change an authority's reference pattern";
  throw new DomainError('forbidden', message, { referencePattern: [message] });
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

  async create(body: CreateAuthorityDto, editor: AuthorityEditor): Promise<AuthorityEntity> {
    refuseUnlessAdmin(editor, patternOf(body), null);
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
      referencePattern: patternOf(body) ?? null,
    });
  }

  async update(
    id: number,
    body: Partial<AuthorityFields> | UpdateAuthorityDto,
    editor: AuthorityEditor,
  ): Promise<AuthorityEntity> {
    const authority = await this.show(id);
    const referencePattern = patternOf(body);
    refuseUnlessAdmin(editor, referencePattern, authority.referencePattern);
    if (
      body.name &&
      body.name !== authority.name &&
      (await this.authorities.findByName(body.name))
    ) {
      throw new DomainError('conflict', `an authority named "${body.name}" already exists`, {
        name: ['already exists'],
      });
    }
    const fields = referencePattern === undefined ? body : { ...body, referencePattern };
    return (await this.authorities.update(id, fields))!;
  }

  /**
   * Every field at once (the dashboard's edit form): a regime left empty goes back to the
   * nation's default, and an emptied reference pattern is removed.
   */
  async replace(
    id: number,
    body: CreateAuthorityDto,
    editor: AuthorityEditor,
  ): Promise<AuthorityEntity> {
    return this.update(
      id,
      {
        ...body,
        regime: body.regime ?? defaultRegime(body.nation),
        referencePattern: body.referencePattern ?? null,
      },
      editor,
    );
  }
}
