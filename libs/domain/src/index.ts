export * from './dates/calendar-date';
export * from './dates/london-date';
export * from './calendar/holiday';
export * from './calendar/working-day-calendar';
export * from './deadlines/deadline.types';
export * from './deadlines/regimes';
export { computeDeadlines } from './deadlines/compute-deadlines';
export { parseEventText } from './deadlines/parse-event-text';
