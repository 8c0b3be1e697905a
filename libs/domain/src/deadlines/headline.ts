import { RequestStatus } from '../lifecycle/lifecycle.types';
import { DeadlineView, HeadlineDeadline, HeadlineStage } from './deadline.types';

/** What a stage's date is called, wherever it is shown. */
export const HEADLINE_LABELS: Record<HeadlineStage, string> = {
  response: 'Response due',
  'review-request': 'Ask for an internal review by',
  review: 'Internal review due',
  complaint: 'Complain to the Commissioner by',
};

/** Where a request's clocks stand, as far as the headline needs to know. */
export interface StageFacts {
  closed: boolean;
  responded: boolean;
  reviewRequested: boolean;
  reviewAnswered: boolean;
}

/**
 * The stage whose date matters now: the response until it comes, then the window to ask for a
 * review, the review while it runs, then the window to complain; none once closed or withdrawn.
 */
export function headlineStageOf(facts: StageFacts): HeadlineStage | null {
  if (facts.closed) return null;
  if (facts.reviewAnswered) return 'complaint';
  if (facts.reviewRequested) return 'review';
  if (facts.responded) return 'review-request';
  return 'response';
}

type DatesOfView = Pick<
  DeadlineView,
  | 'dueDate'
  | 'reviewRequestBy'
  | 'reviewDueDate'
  | 'complaintBy'
  | 'workingDaysElapsed'
  | 'workingDaysRemaining'
>;

/**
 * The headline deadline of a stage, read from the view's dates. A stage with no date of its own
 * (a subject access request, answered, has no review stage) has no headline; the response stage
 * keeps its headline with no date while the clock is stopped.
 */
export function headlineOf(
  stage: HeadlineStage | null,
  view: DatesOfView,
): HeadlineDeadline | null {
  if (stage === null) return null;
  const date =
    stage === 'response'
      ? view.dueDate
      : stage === 'review-request'
        ? view.reviewRequestBy
        : stage === 'review'
          ? view.reviewDueDate
          : view.complaintBy;
  if (date === null && stage !== 'response') return null;
  const counted = stage === 'response' || stage === 'review';
  return {
    stage,
    date,
    label: HEADLINE_LABELS[stage],
    workingDaysElapsed: counted ? view.workingDaysElapsed : null,
    workingDaysRemaining: counted ? view.workingDaysRemaining : null,
  };
}

/** Statuses with no date that matters: not sent, with the Commissioner, closed, withdrawn. */
const NO_HEADLINE: readonly RequestStatus[] = ['draft', 'ico-complaint', 'closed', 'withdrawn'];

/**
 * The headline of a request in `status`: the clock's own, except where the status says nothing
 * is awaited by a date (the clock cannot tell a complaint already made from the window to make
 * one, or a draft from a request about to be sent).
 */
export function headlineForStatus(
  status: RequestStatus,
  headline: HeadlineDeadline | null,
): HeadlineDeadline | null {
  return NO_HEADLINE.includes(status) ? null : headline;
}
