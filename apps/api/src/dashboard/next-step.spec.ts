import type { DeadlineState, RequestStatus } from '@app/domain';
import { nextStepOf } from './next-step';

describe('nextStepOf: the request page says what to do next, and links to the form', () => {
  it.each<[RequestStatus, DeadlineState, string | undefined, string | undefined]>([
    ['draft', 'not-started', '#send-form', undefined],
    ['awaiting-response', 'on-time', '?log=response#log', undefined],
    ['awaiting-response', 'due-soon', '?log=response#log', undefined],
    ['awaiting-response', 'due-today', '?log=response#log', undefined],
    ['awaiting-response', 'overdue', '?letter=chaser#letter', '?log=response#log'],
    ['awaiting-response', 'long-overdue', '?letter=chaser#letter', '?log=response#log'],
    ['extended', 'on-time', '?log=response#log', undefined],
    ['extended', 'overdue', '?letter=chaser#letter', '?log=response#log'],
    ['awaiting-clarification', 'paused', '?letter=clarification-reply#letter', undefined],
    ['awaiting-fee', 'paused', '?log=fee-paid#log', undefined],
    ['responded', 'met', '?letter=internal-review-request#letter', undefined],
    ['internal-review', 'on-time', '?log=internal-review-response#log', undefined],
    ['internal-review', 'overdue', '?letter=chaser#letter', '?log=internal-review-response#log'],
    ['review-responded', 'met', '?letter=ico-complaint#letter', undefined],
    ['ico-complaint', 'closed', '?log=ico-decision#log', undefined],
    ['closed', 'closed', undefined, undefined],
    ['withdrawn', 'closed', undefined, undefined],
  ])('%s, %s: %s', (status, state, link, also) => {
    const step = nextStepOf(status, state);
    expect(step.text).toMatch(/^[A-Z].*\.$/);
    expect([step.link?.target, step.also?.target]).toEqual([link, also]);
  });
});
