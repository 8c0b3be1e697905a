import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  url: string;
  received: ParsedMail[];
  /** The bytes so far of each message whose DATA has begun but not ended (no final dot yet). */
  inFlight(): string[];
  /** Messages abandoned mid-DATA: the client went away before the final dot. */
  aborted(): number;
  /** From now on, refuse every message after its DATA with this reply (null: accept again). */
  refuseWith(reply: string | null): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port that keeps every message it receives, parsed. With
 * `parse: false` (benchmarks) it keeps only each message's Message-ID, so the receiving end does
 * not spend the shared CPU parsing MIME. A message counts as received only once its final dot
 * arrived, as for any mail server.
 */
export async function startSmtpServer(options: { parse?: boolean } = {}): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const parse = options.parse ?? true;
  const inFlight = new Set<{ bytes: string }>();
  let aborted = 0;
  let refusal: string | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const message = { bytes: '' };
      const chunks: Buffer[] = [];
      inFlight.add(message);
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (message.bytes.length < 65536) message.bytes += chunk.toString('latin1');
      });
      stream.on('close', () => {
        if (!inFlight.delete(message)) return;
        aborted++;
      });
      stream.on('error', () => undefined);
      stream.on('end', () => {
        inFlight.delete(message);
        if (refusal) {
          const error = Object.assign(new Error(refusal), { responseCode: 554 });
          return callback(error);
        }
        if (!parse) {
          const messageId = /^Message-ID:\s*(\S+)/im.exec(message.bytes)?.[1];
          received.push({ messageId } as ParsedMail);
          return callback();
        }
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      });
    },
  });
  // A client killed mid-session resets its socket; for a mail server that is an ordinary day.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    inFlight: () => [...inFlight].map((m) => m.bytes),
    aborted: () => aborted,
    refuseWith: (reply) => (refusal = reply),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `done()` holds, or fails after `ms`. */
export async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`not done within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
