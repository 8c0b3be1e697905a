import { formatIsoDate } from '../dates/calendar-date';
import { toLondonDay } from '../dates/london-date';
import type { ClockEvent } from '../deadlines/deadline.types';
import { normaliseExemptions } from '../exemptions/exemptions';

/** One request as the statistics see it: where it went, and how (and when) it was answered. */
export interface AnsweredFacts {
  authorityId: number;
  /** The first response's date, or null while unanswered. */
  answeredOn: string | null;
  /** The due date that applied when it was answered (after any extension). */
  dueDate: string | null;
  /** Working days from receipt to the response (day N of the clock). */
  workingDaysToAnswer: number | null;
  outcome: string | null;
  exemptions: readonly string[] | null;
}

export interface AuthorityStatistics {
  authorityId: number;
  requests: number;
  answered: number;
  answeredOnTime: number;
  /** answeredOnTime / answered, or null with nothing answered. */
  onTimeShare: number | null;
  medianWorkingDays: number | null;
  /** Refused in whole or part: how often each exemption was cited, most cited first. */
  refusalsByExemption: { exemption: string; count: number }[];
  refusals: number;
}

const REFUSING = new Set(['refused', 'partly-provided', 'neither-confirm-nor-deny']);

/**
 * The clock as it stood when the first response came (events are in date order), and that
 * response's London date: the due date and day count it was answered against, not those of a
 * review or complaint that came after. Unanswered: every event, and null.
 */
export function untilFirstResponse(events: readonly ClockEvent[]): {
  events: ClockEvent[];
  answeredOn: string | null;
} {
  const at = events.findIndex((e) => e.kind === 'response');
  if (at < 0) return { events: [...events], answeredOn: null };
  return { events: events.slice(0, at + 1), answeredOn: formatIsoDate(toLondonDay(events[at].on)) };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Per authority: how many requests, how many answered in time, how fast, and what was refused. */
export function authorityStatistics(facts: Iterable<AnsweredFacts>): AuthorityStatistics[] {
  const groups = new Map<number, AnsweredFacts[]>();
  for (const fact of facts) {
    const group = groups.get(fact.authorityId);
    if (group) group.push(fact);
    else groups.set(fact.authorityId, [fact]);
  }
  return [...groups].map(([authorityId, group]) => {
    const answered = group.filter((f) => f.answeredOn !== null);
    const onTime = answered.filter((f) => f.dueDate !== null && f.answeredOn! <= f.dueDate);
    const refusals = answered.filter((f) => f.outcome !== null && REFUSING.has(f.outcome));
    const cited = new Map<string, number>();
    for (const f of refusals)
      for (const exemption of normaliseExemptions(f.exemptions ?? []))
        cited.set(exemption, (cited.get(exemption) ?? 0) + 1);
    return {
      authorityId,
      requests: group.length,
      answered: answered.length,
      answeredOnTime: onTime.length,
      onTimeShare: answered.length > 0 ? onTime.length / answered.length : null,
      medianWorkingDays: median(
        answered.map((f) => f.workingDaysToAnswer).filter((d): d is number => d !== null),
      ),
      refusals: refusals.length,
      refusalsByExemption: [...cited]
        .map(([exemption, count]) => ({ exemption, count }))
        .sort((a, b) => b.count - a.count || (a.exemption < b.exemption ? -1 : 1)),
    };
  });
}
