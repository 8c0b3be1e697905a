import { Injectable } from '@nestjs/common';
import { ApiTokenEntity, TokenKind, UsersRepository } from '@app/persistence';
import { DomainError, hashToken, TimeSource } from '@app/platform';
import { Actor, AuditService, userSubject } from '../audit/audit.service';

/** A token as its owner sees it: never the secret, nor its hash. */
export interface TokenView {
  id: number;
  kind: TokenKind;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt?: string;
  /** The token (or session) this very request came with. */
  current: boolean;
}

function toView(token: ApiTokenEntity, currentHash: string | undefined): TokenView {
  return {
    id: token.id,
    kind: token.kind,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    ...(token.lastUsedAt ? { lastUsedAt: token.lastUsedAt.toISOString() } : {}),
    current: token.tokenHash === currentHash,
  };
}

/** A user's working tokens and sessions, listed and revoked one at a time. */
@Injectable()
export class TokensService {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
  ) {}

  async list(userId: number, currentToken?: string): Promise<TokenView[]> {
    if (!(await this.users.findById(userId))) throw DomainError.notFound('user', 'id', userId);
    const currentHash = currentToken ? hashToken(currentToken) : undefined;
    const tokens = await this.users.liveTokens(userId, this.time.now());
    return tokens.map((token) => toView(token, currentHash));
  }

  /** Revoked at once in this process; other processes stop accepting it within 5 s. */
  async revoke(userId: number, tokenId: number, actor: Actor): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw DomainError.notFound('user', 'id', userId);
    if (!(await this.users.revokeTokenOf(userId, tokenId)))
      throw DomainError.notFound('token', 'id', tokenId);
    await this.audit.record(actor, {
      type: 'token-revoked',
      subject: userSubject(user),
      after: { tokenId },
    });
  }
}
