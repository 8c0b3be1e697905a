import { Injectable } from '@nestjs/common';
import {
  AuthoritiesRepository,
  AuthorityEntity,
  AuthorityFields,
  UserEntity,
} from '@app/persistence';
import { DomainError } from '@app/platform';
import { Actor, AuditService } from '../audit/audit.service';
import type { CreateAuthorityDto, UpdateAuthorityDto } from './authority.dto';

/** Scottish public authorities answer under FOISA; everyone else under FOIA, unless told. */
function defaultRegime(nation: string): 'foia' | 'foisa' {
  return nation === 'scotland' ? 'foisa' : 'foia';
}

/** Who is making a change and from where: only an admin may set the pattern officers are held to. */
export type AuthorityEditor = Actor & { user: Pick<UserEntity, 'id' | 'name' | 'role'> };

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
  if (editor.user.role === 'admin') return;
  if (wanted === undefined || wanted === current) return;
  const message = "only an admin may set or change an authority's reference pattern";
  throw new DomainError('forbidden', message, { referencePattern: [message] });
}

function subjectOf(authority: AuthorityEntity): string {
  return `authority ${authority.id} (${authority.name})`;
}

function fieldsOf(authority: AuthorityEntity): Record<string, unknown> {
  const { name, email, nation, regime, referencePattern } = authority;
  return { name, email, nation, regime, referencePattern };
}

/** Adding and changing authorities, for the API and the dashboard alike. */
@Injectable()
export class AuthoritiesService {
  constructor(
    private readonly authorities: AuthoritiesRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<AuthorityEntity[]> {
    return this.authorities.listByName();
  }

  async show(id: number): Promise<AuthorityEntity> {
    const authority = await this.authorities.findById(id);
    if (!authority) throw DomainError.notFound('authority', 'id', id);
    return authority;
  }

  /** Audited: an authority's email decides where letters go. */
  async create(body: CreateAuthorityDto, editor: AuthorityEditor): Promise<AuthorityEntity> {
    refuseUnlessAdmin(editor, patternOf(body), null);
    if (await this.authorities.findByName(body.name)) {
      throw new DomainError('conflict', `an authority named "${body.name}" already exists`, {
        name: ['already exists'],
      });
    }
    const created = await this.authorities.create({
      name: body.name,
      email: body.email,
      nation: body.nation,
      regime: body.regime ?? defaultRegime(body.nation),
      referencePattern: patternOf(body) ?? null,
    });
    await this.audit.record(editor, {
      type: 'authority-created',
      subject: subjectOf(created),
      after: fieldsOf(created),
    });
    return created;
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
    const updated = (await this.authorities.update(id, fields))!;
    const [before, after] = [fieldsOf(authority), fieldsOf(updated)];
    for (const key of Object.keys(before)) {
      if (before[key] !== after[key]) continue;
      delete before[key];
      delete after[key];
    }
    if (Object.keys(after).length > 0)
      await this.audit.record(editor, {
        type: 'authority-changed',
        subject: subjectOf(updated),
        before,
        after,
      });
    return updated;
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
    const fields = {
      ...body,
      regime: body.regime ?? defaultRegime(body.nation),
      referencePattern: body.referencePattern ?? null,
    };
    return this.update(id, fields, editor);
  }
}
