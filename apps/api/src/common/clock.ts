import { londonDateOf } from '@app/domain';

/** The time, behind a seam so tests can fix it; everything else takes `today` as a parameter. */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in Europe/London. */
  today(): string {
    return londonDateOf(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
