import { canLog, DeadlineState, MessageKind, REQUEST_STATUSES, RequestStatus } from '@app/domain';
import {
  LIKELY_NEXT,
  letterKindsFor,
  LOG_KINDS,
  logKindsFor,
  MESSAGE_KIND_OF_LETTER,
} from './message-forms';
import { nextStepOf } from './next-step';

const kindOfEntry = (key: string): MessageKind => LOG_KINDS.find((k) => k.key === key)!.kind;

/** Every (status, kind) the dashboard puts forward that the status table would refuse. */
function offeredButRefused(offers: (status: RequestStatus) => readonly MessageKind[]): string[] {
  return REQUEST_STATUSES.flatMap((status) =>
    offers(status)
      .filter((kind) => !canLog(status, kind))
      .map((kind) => `${status}: ${kind}`),
  );
}

describe('the request page offers what the status table (libs/domain) allows', () => {
  it('the menu lists every kind, its fields from the domain: an outcome only on an answer', () => {
    expect(logKindsFor('responded')).toHaveLength(LOG_KINDS.length);
    expect(LOG_KINDS.filter((k) => k.outcomes).map((k) => k.key)).toEqual([
      'response',
      'internal-review-response',
    ]);
    expect(LOG_KINDS.filter((k) => k.extendedTo).map((k) => k.key)).toEqual(['extension']);
  });

  it('the next step links only to messages the request can take now', () => {
    const states: DeadlineState[] = ['on-time', 'overdue'];
    const offers = (status: RequestStatus) =>
      states.flatMap((state) => {
        const step = nextStepOf(status, state);
        return [step.link, step.also]
          .map((link) => /\?log=([a-z-]+)#/.exec(link?.target ?? '')?.[1])
          .filter((key): key is string => key !== undefined)
          .map(kindOfEntry);
      });
    expect(offeredButRefused(offers)).toEqual([]);
  });

  // The menu puts a complaint to the Commissioner first for an answered request, and the
  // complaint letter is offered while a response is awaited, as the README says; the status
  // table has a complaint follow an internal review only, so logging one then is refused (409).
  // Listed here so that either side changing, or any new disagreement, shows.
  it('the likeliest messages first: all loggable, but the complaint once answered', () => {
    const offers = (status: RequestStatus) => (LIKELY_NEXT[status] ?? []).map(kindOfEntry);
    expect(offeredButRefused(offers)).toEqual(['responded: ico-complaint']);
  });

  it('follow-up letters log messages the state allows, but the complaint before a review', () => {
    const offers = (status: RequestStatus) =>
      letterKindsFor(status).map((letter) => MESSAGE_KIND_OF_LETTER[letter]!);
    expect(offeredButRefused(offers)).toEqual([
      'awaiting-response: ico-complaint',
      'extended: ico-complaint',
      'responded: ico-complaint',
    ]);
  });
});
