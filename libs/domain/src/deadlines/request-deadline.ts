import { Nation } from '../calendar/holiday';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RequestStatus } from '../lifecycle/lifecycle.types';
import { computeDeadlines } from './compute-deadlines';
import { ClockEvent, DeadlineOptions, DeadlineView } from './deadline.types';
import { headlineForStatus } from './headline';
import { Regime } from './regimes';

/** What the deadline of a stored request follows from (the row, with its authority's nation). */
export interface DeadlineSubject {
  regime: Regime;
  receivedOn: string | null;
  clockEvents: readonly ClockEvent[];
  authority?: { nation: Nation };
  /** The request's status: it has the last word on whether a headline date applies. */
  status?: RequestStatus;
}

export const NOT_STARTED_VIEW: DeadlineView = {
  dueDate: null,
  originalDueDate: null,
  longStopDate: null,
  reviewRequestBy: null,
  reviewDueDate: null,
  reviewLongStopDate: null,
  complaintBy: null,
  state: 'not-started',
  workingDaysElapsed: null,
  workingDaysRemaining: null,
  explanation: ['Not sent yet: the clock starts on the date the authority receives the request.'],
  headline: null,
  extensionBeyondGuidance: false,
};

/**
 * The deadline view of a stored request: not started until it is received, then the engine's
 * view with the headline its status allows. A history the engine refuses throws its
 * DeadlineInputError.
 */
export function requestDeadline(
  request: DeadlineSubject,
  calendar: WorkingDayCalendar,
  options: DeadlineOptions,
): DeadlineView {
  if (!request.receivedOn)
    return {
      ...NOT_STARTED_VIEW,
      explanation: options.explain === false ? [] : NOT_STARTED_VIEW.explanation,
    };
  const view = computeDeadlines(
    {
      regime: request.regime,
      receivedAt: request.receivedOn,
      nation: request.authority?.nation,
      events: request.clockEvents,
    },
    calendar,
    options,
  );
  if (request.status === undefined) return view;
  return { ...view, headline: headlineForStatus(request.status, view.headline) };
}

/** The dates a request row stores for sorting and filtering (`due_date`, `long_stop_date`). */
export interface StoredDates {
  dueDate: string | null;
  longStopDate: string | null;
}

/**
 * Stored on the row for sorting and filtering: the headline date (so `sort=dueDate` sorts by
 * the date that matters now, whatever the stage) and the running clock's long stop. A stated
 * extension past the long stop stores none: past it the request is not "long overdue".
 */
export function storedDatesOf(status: RequestStatus, view: DeadlineView): StoredDates {
  const headline = headlineForStatus(status, view.headline);
  const dueDate = headline?.date ?? null;
  if (status === 'internal-review') return { dueDate, longStopDate: view.reviewLongStopDate };
  if (status === 'awaiting-response' || status === 'extended')
    return { dueDate, longStopDate: view.extensionBeyondGuidance ? null : view.longStopDate };
  return { dueDate, longStopDate: null };
}
