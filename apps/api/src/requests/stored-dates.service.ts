import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { DeadlineInputError, StoredDates, storedDatesOf } from '@app/domain';
import { StoredDatesRepository, StoredDatesRow, StoredDatesWrite } from '@app/persistence';
import { DeadlineService } from './deadline.service';

export interface StoredDatesResult {
  /** Requests whose dates were worked out again. */
  checked: number;
  /** Rows written because their stored dates differed. */
  changed: number;
  /** Requests whose history the deadline engine refuses: left as they are. */
  refused: number;
  ms: number;
}

/**
 * Each request row stores its headline date and long stop (`storedDatesOf`, libs/domain) for
 * sorting and filtering. What they mean can change with a release, and a change to the holiday
 * calendar (FOI_HOLIDAYS_FILE, the shipped overrides) moves them without touching any row; either
 * way the stored values would stay wrong until the request next changed. So once the API is
 * listening, it works them out again for every request with a clock or stage, in the background,
 * a chunk at a time, and writes only the rows that differ, each chunk in one short transaction.
 * Several API processes starting together do no harm: a row already right is not written, and a
 * row changed meanwhile (its version moved on) is left to that change.
 */
@Injectable()
export class StoredDatesService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('stored-dates');
  private stopping = false;
  private running: Promise<StoredDatesResult> | null = null;

  constructor(
    private readonly requests: StoredDatesRepository,
    private readonly deadlines: DeadlineService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    // After listen, so the service answers from its first moment; never in the worker (it has
    // no HTTP server).
    const start = () => {
      this.running = this.recompute();
      this.running.catch(() => undefined);
    };
    if (server.listening) setImmediate(start);
    else server.once('listening', start);
  }

  /** The run started after listen (resolves once it is done), or null before it starts. */
  finished(): Promise<StoredDatesResult> | null {
    return this.running;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running?.catch(() => undefined);
  }

  /** Works out every open request's stored dates again now (on start; the bench times it). */
  async recompute(): Promise<StoredDatesResult> {
    const started = Date.now();
    const result: StoredDatesResult = { checked: 0, changed: 0, refused: 0, ms: 0 };
    try {
      for await (const chunk of this.requests.storedDatesChunks()) {
        if (this.stopping) break;
        const writes: StoredDatesWrite[] = [];
        for (const row of chunk) {
          const wanted = this.columnsOf(row);
          if (wanted === null) {
            result.refused++;
            continue;
          }
          result.checked++;
          if (wanted.dueDate !== row.dueDate || wanted.longStopDate !== row.longStopDate)
            writes.push({ id: row.id, version: row.version, ...wanted });
        }
        result.changed += await this.requests.writeStoredDates(writes);
      }
    } catch (error) {
      this.logger.error(`recomputing the stored dates failed: ${String(error)}`);
      throw error;
    }
    result.ms = Date.now() - started;
    this.logger.log(
      `recomputed the stored dates of ${result.checked} requests (${result.changed} changed) in ${result.ms} ms` +
        (result.refused > 0
          ? `; ${result.refused} left as they were (the deadline engine refuses their history)`
          : ''),
    );
    return result;
  }

  /** The dates the row should store, as a change to it would store them; null if refused. */
  private columnsOf(row: StoredDatesRow): StoredDates | null {
    try {
      const view = this.deadlines.checkedViewFor(row, false);
      return storedDatesOf(row.status, view);
    } catch (error) {
      if (error instanceof DeadlineInputError) return null;
      throw error;
    }
  }
}
