import { parseArgs } from 'node:util';
import {
  ClockEvent,
  DeadlineOptions,
  isNation,
  isRegime,
  londonDateOf,
  parseEventText,
  RequestHistory,
} from '@app/domain';

export class UsageError extends Error {}

export interface DeadlineCommand {
  history: RequestHistory;
  options: DeadlineOptions;
  holidayFiles: string[];
}

export const USAGE =
  'usage: deadline --regime foia|eir|foisa|eisr|sar --received DATE [--nation england|wales|scotland|northern-ireland] ' +
  '[--event KIND@DATE[:UNTIL]]... [--today DATE] [--receipt-rule ico|next-working-day] [--holidays FILE]...';

function parseEvent(text: string): ClockEvent {
  try {
    return parseEventText(text, '--event');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function parseDeadlineArgs(
  argv: string[],
  env: NodeJS.ProcessEnv,
  now: Date,
): DeadlineCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        regime: { type: 'string' },
        received: { type: 'string' },
        nation: { type: 'string' },
        event: { type: 'string', multiple: true },
        today: { type: 'string' },
        'receipt-rule': { type: 'string' },
        holidays: { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { regime, received, nation } = values;
  if (regime === undefined)
    throw new UsageError('--regime is required (foia, eir, foisa, eisr or sar)');
  if (!isRegime(regime))
    throw new UsageError(`--regime "${regime}": must be foia, eir, foisa, eisr or sar`);
  if (received === undefined)
    throw new UsageError('--received is required (the date of receipt, YYYY-MM-DD)');
  if (nation !== undefined && !isNation(nation)) {
    throw new UsageError(
      `--nation "${nation}": must be england, wales, scotland or northern-ireland`,
    );
  }
  const receiptRule = values['receipt-rule'] ?? env.FOI_RECEIPT_RULE ?? 'ico';
  if (receiptRule !== 'ico' && receiptRule !== 'next-working-day') {
    throw new UsageError(`--receipt-rule "${receiptRule}": must be ico or next-working-day`);
  }
  return {
    history: {
      regime,
      receivedAt: received,
      nation,
      events: (values.event ?? []).map(parseEvent),
    },
    options: { today: values.today ?? londonDateOf(now), receiptRule },
    holidayFiles: [
      ...(env.FOI_HOLIDAYS_FILE ? [env.FOI_HOLIDAYS_FILE] : []),
      ...(values.holidays ?? []),
    ],
  };
}
