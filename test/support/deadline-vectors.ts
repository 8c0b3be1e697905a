import vectors from '../fixtures/deadline-vectors.json';
import earlyVectors from '../fixtures/deadline-vectors-2005-2009.json';
import { ClockEvent, Nation, Regime } from '@app/domain';

/**
 * A worked case from the rules: test/fixtures/deadline-vectors.json, and the cases from the first
 * years of FOIA (2005–2009) in their own file.
 */
export interface DeadlineVector {
  id: string;
  regime: Regime;
  receivedAt: string;
  nation?: Nation;
  events: { kind: ClockEvent['kind']; on: string; until?: string }[];
  expect: Record<string, string>;
  why: string;
}

export const DEADLINE_VECTORS = [...vectors, ...earlyVectors] as unknown as DeadlineVector[];

export function vectorCliArgs(v: DeadlineVector): string[] {
  return [
    '--regime',
    v.regime,
    '--received',
    v.receivedAt,
    ...(v.nation ? ['--nation', v.nation] : []),
    ...v.events.flatMap((e) => ['--event', `${e.kind}@${e.on}${e.until ? `:${e.until}` : ''}`]),
  ];
}
