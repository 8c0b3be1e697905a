import { Readable } from 'node:stream';

/**
 * The message as nodemailer sends it, minus its end until `beforeEnd` has resolved.
 *
 * Over SMTP the message ends with "<CRLF>.<CRLF>", which nodemailer's DataStream writes when its
 * input ends (smtp-connection/data-stream.js `_flush`); a server that never sees that dot discards
 * the message when the connection drops. nodemailer pipes this stream into the DATA stream only
 * after the server's 354 (smtp-connection `send`: `message.pipe(stream)` in the `_setEnvelope`
 * callback), so the first `_read` here means the envelope was accepted. Only then is the whole
 * body pushed and `beforeEnd` (the commit) run; the end follows once it has resolved. If it
 * rejects, the stream fails, nodemailer drops the connection without a dot, and nothing is sent.
 */
export class HeldEndStream extends Readable {
  private readonly chunks: Buffer[] = [];
  private inputEnded = false;
  private reading = false;
  private released = false;

  constructor(
    input: Readable,
    private readonly beforeEnd: () => Promise<void>,
  ) {
    super();
    input.on('data', (chunk: Buffer) => this.chunks.push(chunk));
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

  /** The body goes out as soon as the server asked for it; the end only after the commit. */
  private flushAndRelease(): void {
    if (!this.reading || !this.inputEnded || this.released) return;
    this.released = true;
    for (const chunk of this.chunks.splice(0)) this.push(chunk);
    this.beforeEnd().then(
      () => this.push(null),
      (error: Error) => this.destroy(error),
    );
  }
}
