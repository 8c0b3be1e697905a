export * from './dates/calendar-date';
export * from './dates/london-date';
export * from './dates/typed-date';
export * from './calendar/holiday';
export * from './calendar/working-day-calendar';
export * from './calendar/supported-years';
export * from './deadlines/deadline.types';
export * from './deadlines/regimes';
export { computeDeadlines } from './deadlines/compute-deadlines';
export * from './deadlines/headline';
export { parseEventText } from './deadlines/parse-event-text';
export * from './lifecycle/lifecycle.types';
export {
  applyMessage,
  canLog,
  directionOf,
  replayStatus,
  inDateOrder,
} from './lifecycle/apply-message';
export { clockEventsOf } from './lifecycle/clock-events-of';
export * from './lifecycle/message-rules';
export * from './lifecycle/message-correction';
export * from './lifecycle/request-change.types';
export { nextState, refuseBadInput } from './lifecycle/next-state';
export * from './deadlines/request-deadline';
export { postalReceiptDate } from './deadlines/postal-receipt';
export { londonWallClock } from './dates/london-time';
export * from './reminders/plan-reminders';
export * from './statistics/authority-statistics';
export * from './exemptions/exemptions';
export * from './correspondence';
