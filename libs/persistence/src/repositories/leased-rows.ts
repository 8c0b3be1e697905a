import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource, QueryResult } from 'typeorm';
import type { WriteLock } from '../write-lock';

/**
 * Named-parameter SQL (`:name`, `:...list`) run straight through the driver, which turns the
 * names into its own placeholders and dates into its own format: what the query builder does,
 * without building a query object per call. Resolves with the rows changed.
 */
export async function execute(
  dataSource: DataSource,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<number> {
  const [query, values] = dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
  // As DataSource.query does, but asking the runner for the structured result (rows changed).
  const runner = dataSource.createQueryRunner();
  try {
    const result = (await runner.query(query, values, true)) as QueryResult;
    return result.affected ?? 0;
  } finally {
    await runner.release();
  }
}

/**
 * A fresh prefix for the tokens of one claim: this process, and a random part, so that a token
 * names one attempt and nothing else. The row's id completes it (see LeasedRows.take).
 */
export function claimPrefix(): string {
  return `${hostname()}:${process.pid}:${randomUUID()}:`;
}

/** A claim on one row: its id, and the token that holds it. */
export interface RowClaim {
  id: number;
  token: string;
}

/**
 * The rows a sender claims with a lease before sending their message (reminders, digests): the
 * columns `claimed_by` (the token), `claimed_until` (the lease), `status` and `sent_at`. The
 * `holding` status is the one a claimed row keeps until it is recorded `sent`.
 */
export class LeasedRows {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
    private readonly table: string,
    private readonly holding: string,
  ) {}

  /**
   * Claims the rows `where` picks that no live claim holds, each with the token `prefix` + its id.
   * A takeover is always of a known claimant: `previous` is the lapsed claim read just before
   * (null: a row nobody holds). `set` adds assignments. Resolves with the rows claimed.
   */
  take(claim: {
    where: string;
    parameters: Record<string, unknown>;
    prefix: string;
    leaseMs: number;
    previous: string | null;
    set?: string;
  }): Promise<number> {
    const now = new Date();
    const sql =
      `UPDATE ${this.table} SET claimed_by = :prefix || CAST(id AS VARCHAR(20)), ` +
      `claimed_until = :until${claim.set ?? ''} WHERE ${claim.where} ` +
      `AND (claimed_until IS NULL OR claimed_until < :now) AND ` +
      (claim.previous === null ? 'claimed_by IS NULL' : 'claimed_by = :previous');
    return this.write(sql, {
      ...claim.parameters,
      prefix: claim.prefix,
      until: new Date(now.getTime() + claim.leaseMs),
      now,
      previous: claim.previous,
    });
  }

  /**
   * The last check before a message is released: still ours, and held for another `leaseMs`, so
   * nobody can take it over before its journal line is written. False when the claim was lost.
   */
  async renew({ id, token }: RowClaim, leaseMs: number): Promise<boolean> {
    const renewed = await this.write(
      `UPDATE ${this.table} SET claimed_until = :until ` +
        'WHERE id = :id AND claimed_by = :token AND status = :holding',
      { until: new Date(Date.now() + leaseMs), id, token, holding: this.holding },
    );
    return renewed > 0;
  }

  /**
   * Records claimed rows as sent, in one statement however many (after the server took their
   * messages, or found in the journal); `also` sets more columns. Rows no longer held by their
   * token are left alone.
   */
  async markSent(claims: readonly RowClaim[], also: Record<string, unknown> = {}): Promise<void> {
    if (claims.length === 0) return;
    const more = Object.keys(also).map((column) => `, ${column} = :${column}`);
    // A token is its claim's prefix + the row's id, so a row can match only its own token.
    await this.write(
      `UPDATE ${this.table} SET status = :sent, sent_at = :now, claimed_until = NULL${more.join('')} ` +
        'WHERE id IN (:...ids) AND claimed_by IN (:...tokens) AND status = :holding',
      {
        ...also,
        sent: 'sent',
        now: new Date(),
        ids: claims.map((c) => c.id),
        tokens: claims.map((c) => c.token),
        holding: this.holding,
      },
    );
  }

  /** A write of this table's, in turn with the process's other writes (see WriteLock). */
  write(sql: string, parameters: Record<string, unknown>): Promise<number> {
    return this.lock.run(() => execute(this.dataSource, sql, parameters));
  }
}
