import { Readable } from 'node:stream';

/**
 * The message as nodemailer sends it, minus its end until `beforeEnd` has resolved.
 *
 * Over SMTP the message ends with "<CRLF>.<CRLF>", which nodemailer's DataStream writes when its
 * input ends (smtp-connection/data-stream.js `_flush`); a server that never sees that dot discards
 * the message when the connection drops. nodemailer pipes this stream into the DATA stream only
 * after the server's 354 (smtp-connection `send`: `message.pipe(stream)` in the `_setEnvelope`
 * callback), so the first `_read` here means the envelope was accepted. Only then is the whole
 * body pushed and `beforeEnd` (the last check) run; once it has resolved, `atEnd` (the journal)
 * runs and the end is pushed in the same synchronous step. If either fails, the stream fails,
 * nodemailer drops the connection without a dot, and nothing is sent. From `push(null)` to the
 * dot reaching the socket is nextTick work only (Readable end, pipe, DataStream `_flush`), no
 * I/O wait, as long as the socket is not backed up (the body went out during the last check).
 */
export class HeldEndStream extends Readable {
  private readonly chunks: Buffer[] = [];
  private inputEnded = false;
  private reading = false;
  private released = false;

  constructor(
    input: Readable,
    private readonly beforeEnd: () => Promise<void>,
    private readonly atEnd: () => void = () => undefined,
  ) {
    super();
    input.on('data', (chunk: Buffer | string) =>
      this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk),
    );
    input.once('end', () => {
      this.inputEnded = true;
      this.flushAndRelease();
    });
    input.once('error', (error) => this.destroy(error));
  }

  override _read(): void {
    this.reading = true;
    this.flushAndRelease();
  }

  /** The body goes out as soon as the server asked for it; the end only after the last check. */
  private flushAndRelease(): void {
    if (!this.reading || !this.inputEnded || this.released) return;
    this.released = true;
    // One chunk, so one write to the socket rather than one per piece nodemailer produced.
    if (this.chunks.length > 0) this.push(Buffer.concat(this.chunks.splice(0)));
    this.beforeEnd().then(
      () => {
        // The connection went meanwhile: no dot can follow, so nothing may be journalled.
        if (this.destroyed) return;
        // `atEnd` and the end in one synchronous run: nothing else can come between them.
        try {
          this.atEnd();
        } catch (error) {
          this.destroy(error as Error);
          return;
        }
        this.push(null);
      },
      (error: Error) => this.destroy(error),
    );
  }
}
