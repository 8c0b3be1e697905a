import { londonDateOf } from '@app/domain';

/** The time, behind a seam so tests can fix it; everything else takes `today` as a parameter. */
export abstract class TimeSource {
  abstract now(): Date;

  private memo = { minute: NaN, date: '' };

  /** Today's date in Europe/London (worked out once a minute: Intl is slow on a hot path). */
  today(): string {
    const minute = Math.floor(this.now().getTime() / 60_000);
    if (minute !== this.memo.minute) this.memo = { minute, date: londonDateOf(this.now()) };
    return this.memo.date;
  }
}

export class SystemTimeSource extends TimeSource {
  now(): Date {
    return new Date();
  }
}
