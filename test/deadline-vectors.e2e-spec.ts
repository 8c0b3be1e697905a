import { computeDeadlines } from '@app/domain';
import { createWorkingDayCalendar } from '@app/holidays';
import { DEADLINE_VECTORS, vectorCliArgs } from './support/deadline-vectors';
import { inBatches, runDeadlineCli } from './support/run-deadline-cli';

const calendar = createWorkingDayCalendar();

describe('deadline vectors through the library', () => {
  it.each(DEADLINE_VECTORS.map((v) => [`${v.id}: ${v.why}`, v] as const))('%s', (_, v) => {
    const view = computeDeadlines(
      { regime: v.regime, receivedAt: v.receivedAt, nation: v.nation, events: v.events },
      calendar,
      { today: '2026-11-29' },
    );
    expect(view).toMatchObject(v.expect);
  });
});

describe('deadline vectors through the CLI', () => {
  jest.setTimeout(120_000);

  it('prints the expected dates for every vector and exits 0', async () => {
    const results = await inBatches(DEADLINE_VECTORS, 4, (v) => runDeadlineCli(vectorCliArgs(v)));
    const wrong = results.flatMap((result, i) => {
      const v = DEADLINE_VECTORS[i];
      if (result.code !== 0) return [`${v.id}: exit ${result.code} ${result.stderr}`];
      const view = JSON.parse(result.stdout);
      return Object.entries(v.expect)
        .filter(([field, value]) => view[field] !== value)
        .map(([field, value]) => `${v.id}: ${field} ${view[field]} != ${value}`);
    });
    expect(wrong).toEqual([]);
    // Its own timeout: the describe-level jest.setTimeout calls in this file overwrite each other,
    // and one CLI process per vector takes a while on a busy machine.
  }, 180_000);

  it('runs as `npm run -s deadline` and prints one JSON object with the whole view', async () => {
    const result = await runDeadlineCli(
      ['--regime', 'foia', '--received', '2025-05-14', '--today', '2025-06-06'],
      true,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const view = JSON.parse(result.stdout);
    expect(view).toMatchObject({
      dueDate: '2025-06-12',
      originalDueDate: '2025-06-12',
      longStopDate: '2025-07-10',
      reviewRequestBy: null,
      state: 'due-soon',
      workingDaysElapsed: 16,
      workingDaysRemaining: 4,
    });
    expect(view.explanation[1]).toBe('Received Wed 14 May 2025: the date of receipt is day 0.');
  });

  it('takes the first and the last supported days', async () => {
    const [first, last] = await Promise.all([
      runDeadlineCli(['--regime', 'foia', '--received', '2005-01-01', '--today', '2005-01-10']),
      runDeadlineCli(['--regime', 'foia', '--received', '2060-12-31', '--today', '2060-12-31']),
    ]);
    // New Year substitutes 3 Jan (all UK) and 4 Jan (Scotland) skipped in both years.
    expect(JSON.parse(first.stdout)).toMatchObject({
      dueDate: '2005-02-01',
      workingDaysElapsed: 4,
    });
    expect(JSON.parse(last.stdout)).toMatchObject({ dueDate: '2061-02-01', state: 'on-time' });
  });

  it('takes an extension date and a nation', async () => {
    const result = await runDeadlineCli([
      '--regime',
      'sar',
      '--received',
      '2025-01-21',
      '--nation',
      'scotland',
      '--event',
      'extension@2025-02-01',
      '--today',
      '2025-03-01',
    ]);
    expect(JSON.parse(result.stdout).dueDate).toBe('2025-04-21');
    const foia = await runDeadlineCli([
      '--regime',
      'foia',
      '--received',
      '2025-11-10',
      '--event',
      'extension@2025-12-08:2026-01-30',
    ]);
    expect(JSON.parse(foia.stdout)).toMatchObject({
      originalDueDate: '2025-12-09',
      dueDate: '2026-01-30',
    });
  });
});

describe('bad CLI input exits 2 with one line naming the problem', () => {
  jest.setTimeout(60_000);
  const cases: [string, string[], RegExp][] = [
    ['unknown regime', ['--regime', 'gdpr', '--received', '2025-01-06'], /--regime "gdpr"/],
    [
      'unknown nation',
      ['--regime', 'foia', '--received', '2025-01-06', '--nation', 'cornwall'],
      /--nation "cornwall"/,
    ],
    [
      'unknown event kind',
      ['--regime', 'foia', '--received', '2025-01-06', '--event', 'party@2025-01-08'],
      /unknown event kind "party"/,
    ],
    [
      'impossible date',
      ['--regime', 'foia', '--received', '2025-02-30'],
      /--received: "2025-02-30" is not a real date/,
    ],
    [
      'impossible event date',
      ['--regime', 'foia', '--received', '2025-02-03', '--event', 'response@2025-02-29'],
      /response@2025-02-29.*not a real date/,
    ],
    [
      'event before receipt',
      ['--regime', 'foia', '--received', '2025-02-03', '--event', 'response@2025-01-29'],
      /before the date of receipt 2025-02-03/,
    ],
    [
      'fee paid with no notice',
      ['--regime', 'foia', '--received', '2025-02-03', '--event', 'fee-paid@2025-02-10'],
      /fee-paid on 2025-02-10 has no fee-notice/,
    ],
    ['missing regime', ['--received', '2025-02-03'], /--regime is required/],
    ['missing date of receipt', ['--regime', 'foia'], /--received is required/],
    ['flag without its value', ['--regime', 'foia', '--received'], /--received/],
    [
      'unknown flag',
      ['--regime', 'foia', '--received', '2025-02-03', '--colour', 'red'],
      /Unknown option '--colour'/,
    ],
    [
      'event without a date',
      ['--regime', 'foia', '--received', '2025-02-03', '--event', 'response'],
      /expected KIND@DATE/,
    ],
    [
      'until on a non-extension',
      ['--regime', 'foia', '--received', '2025-02-03', '--event', 'response@2025-02-04:2025-03-01'],
      /only an extension/,
    ],
    [
      'received before FOIA came into force',
      ['--regime', 'foia', '--received', '2004-12-31'],
      /--received: 2004-12-31 is outside the supported years 2005–2060/,
    ],
    [
      'received after 2060',
      ['--regime', 'foia', '--received', '2061-01-01'],
      /--received: 2061-01-01 is outside the supported years 2005–2060/,
    ],
    [
      'today after 2060',
      ['--regime', 'foia', '--received', '2025-01-06', '--today', '2099-01-01'],
      /--today: 2099-01-01 is outside the supported years 2005–2060/,
    ],
    [
      'bad receipt rule',
      ['--regime', 'foia', '--received', '2025-02-03', '--receipt-rule', 'whenever'],
      /--receipt-rule "whenever"/,
    ],
  ];

  it('for every case', async () => {
    const results = await inBatches(cases, 4, ([, args]) => runDeadlineCli(args));
    results.forEach((result, i) => {
      const [name, , message] = cases[i];
      expect({ name, code: result.code, stdout: result.stdout }).toEqual({
        name,
        code: 2,
        stdout: '',
      });
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    });
  });
});
