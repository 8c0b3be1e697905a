import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Journal files older than this are removed; a claim older than that is resent if in doubt. */
const KEEP_DAYS = 14;

/**
 * Evidence that a message's final dot was written, readable by whichever worker later takes over
 * a dead worker's claim. A line (the claim's token) is appended synchronously in the same tick as
 * the dot is released, so a SIGKILL between the two is a matter of microseconds, and once written
 * it survives the kill (it is in the kernel's page cache). The database cannot play this part:
 * its drivers confirm a write only on a later turn of the event loop, and a kill on that turn,
 * milliseconds under load, loses the mail or doubles it. One file per UTC day, in DATA_DIR.
 */
export class DeliveryJournal {
  /** Today's file, kept open: a line is then one write(2), not an open, a write and a close. */
  private file: { name: string; fd: number } | null = null;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const oldest = new Date(Date.now() - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
    for (const name of readdirSync(dir))
      if (name.endsWith('.log') && name < `${oldest}.log`) rmSync(join(dir, name), { force: true });
  }

  /** Synchronous on purpose: called right before the final dot is released. */
  record(token: string): void {
    writeSync(this.today(), `${token}\n`);
  }

  /** Opened for appending, so lines from several workers never overwrite one another. */
  private today(): number {
    const name = `${new Date().toISOString().slice(0, 10)}.log`;
    if (this.file?.name !== name) {
      if (this.file) closeSync(this.file.fd);
      this.file = { name, fd: openSync(join(this.dir, name), 'a') };
    }
    return this.file.fd;
  }

  /** Did the worker holding `token` release its message's final dot? Newest files first. */
  has(token: string): boolean {
    const line = `${token}\n`;
    const files = readdirSync(this.dir)
      .filter((name) => name.endsWith('.log'))
      .sort()
      .reverse();
    return files.some((name) => readFileSync(join(this.dir, name), 'utf8').includes(line));
  }
}
