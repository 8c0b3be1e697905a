/**
 * The deadline calculator: prints the deadline view of one request as JSON.
 *
 *   npm run -s deadline -- --regime foia --received 2025-02-03 \
 *     --event clarification-requested@2025-02-05 --event clarification-received@2025-03-07
 *
 * Exit 0 with the JSON on stdout; exit 2 with one line on stderr for bad input.
 */
import { computeDeadlines, DeadlineInputError } from '@app/domain';
import { createWorkingDayCalendar, HolidayFileError } from '@app/holidays';
import { parseDeadlineArgs, USAGE, UsageError } from './parse-deadline-args';

/** Library messages name JSON fields; on the command line, name the flag the person typed. */
function asFlags(message: string, argv: string[]): string {
  const events = argv.flatMap((arg, i) =>
    arg === '--event' ? [argv[i + 1]] : arg.startsWith('--event=') ? [arg.slice(8)] : [],
  );
  return message
    .replace(/^receivedAt/, '--received')
    .replace(/^today/, '--today')
    .replace(/^events\[(\d+)\]/, (_, i: string) => `--event ${events[Number(i)] ?? ''}`);
}

export function runDeadlineCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  now: Date,
): { code: number; out: string } {
  try {
    const command = parseDeadlineArgs(argv, env, now);
    const calendar = createWorkingDayCalendar({ files: command.holidayFiles });
    const view = computeDeadlines(command.history, calendar, command.options);
    return { code: 0, out: `${JSON.stringify(view, null, 2)}\n` };
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof DeadlineInputError ||
      error instanceof HolidayFileError
    ) {
      return { code: 2, out: `deadline: ${asFlags(error.message, argv)}\n` };
    }
    throw error;
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const { code, out } = runDeadlineCli(args, process.env, new Date());
  (code === 0 ? process.stdout : process.stderr).write(out);
  process.exitCode = code;
}
