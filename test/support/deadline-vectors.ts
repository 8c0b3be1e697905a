import vectors from '../fixtures/deadline-vectors.json';
import { ClockEvent, Nation, Regime } from '@app/domain';

/** A worked case from the rules (test/fixtures/deadline-vectors.json). */
export interface DeadlineVector {
  id: string;
  regime: Regime;
  receivedAt: string;
  nation?: Nation;
  events: { kind: ClockEvent['kind']; on: string; until?: string }[];
  expect: Record<string, string>;
  why: string;
}

export const DEADLINE_VECTORS = vectors as unknown as DeadlineVector[];

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
