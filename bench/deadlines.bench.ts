import {
  ClockEvent,
  computeDeadlines,
  formatIsoDate,
  fromCivil,
  RequestHistory,
} from '@app/domain';
import { CALENDAR_YEARS, createWorkingDayCalendar } from '@app/holidays';

/** Deterministic PRNG (mulberry32) so every run measures the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inputs(count: number): RequestHistory[] {
  const rand = random(2026);
  const first = fromCivil(2019, 1, 1);
  const span = fromCivil(2035, 12, 31) - first - 200;
  const regimes = ['foia', 'foisa', 'sar'] as const;
  const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
  return Array.from({ length: count }, () => {
    const received = first + Math.floor(rand() * span);
    const events: ClockEvent[] = [];
    const roll = rand();
    if (roll < 0.15) {
      events.push({ kind: 'clarification-requested', on: formatIsoDate(received + 2) });
      events.push({ kind: 'clarification-received', on: formatIsoDate(received + 9) });
    } else if (roll < 0.25) {
      events.push({ kind: 'response', on: formatIsoDate(received + 20) });
    }
    return {
      regime: regimes[Math.floor(rand() * regimes.length)],
      receivedAt: formatIsoDate(received),
      nation: nations[Math.floor(rand() * nations.length)],
      events,
    };
  });
}

function perSecond(histories: RequestHistory[], explain: boolean, seconds: number) {
  const calendar = createWorkingDayCalendar();
  const options = { today: '2027-06-01', explain };
  let done = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 10_000; i++)
      computeDeadlines(histories[(done + i) % histories.length], calendar, options);
    done += 10_000;
    now = process.hrtime.bigint();
  }
  return Math.round(done / (Number(now - start) / 1e9));
}

export function benchDeadlines(): Record<string, string> {
  const t0 = process.hrtime.bigint();
  createWorkingDayCalendar();
  const calendarMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const histories = inputs(200_000);
  perSecond(histories, false, 0.5); // warm up the JIT
  const bare = perSecond(histories, false, 3);
  const explained = perSecond(histories, true, 2);
  return {
    'deadline computations per second (FOIA/FOISA/SAR, 2019–2035, no explanation)':
      bare.toLocaleString('en-GB'),
    'deadline computations per second (with explanation lines)': explained.toLocaleString('en-GB'),
    [`working-day calendar build (${CALENDAR_YEARS.firstYear}–${CALENDAR_YEARS.lastYear}, all UK divisions)`]: `${calendarMs.toFixed(0)} ms`,
    'heap used after the deadline runs': `${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB`,
  };
}
