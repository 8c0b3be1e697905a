interface Waiting<I, O> {
  item: I;
  resolve: (result: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs the calls that arrive together as one: those made in the same turn of the event loop, or
 * while the previous batch was running, go to `run` in one array (at most `max`), and each call
 * gets its own result back. Concurrent jobs' claims and records thus become one statement each,
 * rather than one a job queued one behind another. A batch that fails fails each of its calls.
 */
export class Batcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private running = false;
  private scheduled = false;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly max = 200,
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** After this turn's other callbacks (setImmediate), so calls made meanwhile join the batch. */
  private schedule(): void {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const batch = this.waiting.splice(0, this.max);
    if (batch.length === 0) return;
    this.running = true;
    this.run(batch.map((w) => w.item))
      .then(
        (results) => batch.forEach((w, i) => w.resolve(results[i])),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        this.running = false;
        if (this.waiting.length > 0) this.schedule();
      });
  }
}
