/**
 * `npm run bench`: seeds its own data, measures, and prints figures for the README.
 * Runs on one core (a single Node process); close other work for stable numbers.
 */
import { cpus, totalmem } from 'node:os';
import { benchApi } from './api.bench';
import { benchDashboard } from './dashboard.bench';
import { benchDeadlines } from './deadlines.bench';
import { benchExports } from './exports.bench';
import { benchReminders } from './reminders.bench';

const sections: Record<string, () => Record<string, string> | Promise<Record<string, string>>> = {
  deadlines: benchDeadlines,
  api: benchApi,
  dashboard: benchDashboard,
  reminders: benchReminders,
  exports: benchExports,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  for (const [name, run] of Object.entries(sections)) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`\n## ${name}`);
    for (const [what, figure] of Object.entries(await run())) console.log(`${what}: ${figure}`);
  }
}

void main();
