import { ClockEvent, DeadlineInputError, isClockEventKind } from './deadline.types';

/**
 * `kind@DATE` or `extension@DATE:UNTIL`, as the calculator CLI and API take events. The date may be
 * a timestamp, whose own colons stay put.
 */
export function parseEventText(text: string, field: string): ClockEvent {
  const at = text.indexOf('@');
  if (at < 1 || at === text.length - 1) {
    throw new DeadlineInputError(
      field,
      `${field} "${text}": expected KIND@DATE, e.g. clarification-requested@2025-02-05`,
    );
  }
  const kind = text.slice(0, at);
  const rest = text.slice(at + 1);
  if (!isClockEventKind(kind))
    throw new DeadlineInputError(field, `${field} "${text}": unknown event kind "${kind}"`);
  const until = /^(.+):(\d{4}-\d{2}-\d{2})$/.exec(rest);
  if (until && kind !== 'extension') {
    throw new DeadlineInputError(
      field,
      `${field} "${text}": only an extension takes a date to extend until`,
    );
  }
  return until ? { kind, on: until[1], until: until[2] } : { kind, on: rest };
}
