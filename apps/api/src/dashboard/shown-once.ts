import { randomBytes } from 'node:crypto';

/**
 * A secret made by a POST, kept in this process's memory for the page the POST redirects to, so
 * it is shown once without being put in a URL (URLs land in history, logs and Referer). The
 * redirect carries only a random note id; the note belongs to one person, is read once, and is
 * gone after `ttlMs` either way. A reload of that page finds nothing and makes nothing.
 */
export class ShownOnce<T> {
  private readonly notes = new Map<string, { owner: number; value: T; until: number }>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  /** Keeps `value` for `owner`; answers the note's id for the redirect. */
  put(owner: number, value: T, now: number): string {
    for (const [id, note] of this.notes) if (note.until <= now) this.notes.delete(id);
    const id = randomBytes(16).toString('base64url');
    this.notes.set(id, { owner, value, until: now + this.ttlMs });
    return id;
  }

  /** The value, once, to its owner while it lasts; then, and to anyone else, nothing. */
  take(owner: number, id: string, now: number): T | undefined {
    const note = this.notes.get(id);
    if (!note || note.owner !== owner) return undefined;
    this.notes.delete(id);
    return note.until > now ? note.value : undefined;
  }
}
