import type { DeadlineState, RequestStatus } from '@app/domain';

/** A link to the form or letter that does the next step, relative to the request's page. */
export interface NextStepLink {
  label: string;
  /** `#send-form`, `?log=response#log` or `?letter=chaser#letter`. */
  target: string;
}

/** What to do next with a request, said in one sentence, with the form that does it. */
export interface NextStep {
  text: string;
  link?: NextStepLink;
  /** A second way on, when there are two (a chaser, or the answer that came meanwhile). */
  also?: NextStepLink;
}

const LATE: readonly DeadlineState[] = ['overdue', 'long-overdue'];

const LOG_RESPONSE: NextStepLink = {
  label: "Log the authority's response",
  target: '?log=response#log',
};
const CHASER: NextStepLink = { label: 'Send a chaser', target: '?letter=chaser#letter' };

/**
 * The request page's "Next step" box, shown under the headline deadline so that on a phone the
 * officer sees what to do without scrolling past the explanation: it follows the request's status,
 * and a late answer (overdue or long overdue) makes chasing the first step.
 */
export function nextStepOf(status: RequestStatus, state: DeadlineState): NextStep {
  const late = LATE.includes(state);
  switch (status) {
    case 'draft':
      return {
        text: 'Check the letter, then send it: the clock starts when the authority receives it.',
        link: { label: 'Send the request', target: '#send-form' },
      };
    case 'awaiting-response':
    case 'extended':
      return late
        ? { text: 'The response is late: chase the authority.', link: CHASER, also: LOG_RESPONSE }
        : { text: "Waiting for the authority's response.", link: LOG_RESPONSE };
    case 'awaiting-clarification':
      return {
        text: 'The authority asked what we meant. The clock is stopped until it has our answer.',
        link: { label: 'Send the clarification', target: '?letter=clarification-reply#letter' },
      };
    case 'awaiting-fee':
      return {
        text: 'The authority asked for a fee. The clock is stopped until it is paid.',
        link: { label: 'Log that we paid the fee', target: '?log=fee-paid#log' },
      };
    case 'responded':
      return {
        text: 'The authority has answered. If the answer falls short, ask for an internal review.',
        link: {
          label: 'Ask for an internal review',
          target: '?letter=internal-review-request#letter',
        },
      };
    case 'internal-review': {
      const outcome = {
        label: 'Log the outcome of the review',
        target: '?log=internal-review-response#log',
      };
      return late
        ? { text: 'The internal review is late: chase the authority.', link: CHASER, also: outcome }
        : { text: "Waiting for the internal review's outcome.", link: outcome };
    }
    case 'review-responded':
      return {
        text: 'The review is answered. If it falls short, complain to the Information Commissioner.',
        link: { label: 'Complain to the Commissioner', target: '?letter=ico-complaint#letter' },
      };
    case 'ico-complaint':
      return {
        text: "Waiting for the Commissioner's decision.",
        link: { label: "Log the Commissioner's decision", target: '?log=ico-decision#log' },
      };
    case 'closed':
      return { text: 'Closed: nothing more to do.' };
    case 'withdrawn':
      return { text: 'Withdrawn: nothing more to do.' };
  }
}
