import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'apps', 'cli', 'src', 'deadline.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real deadline CLI in a child process, as `npm run -s deadline -- …` does. */
export function runDeadlineCli(args: string[], viaNpm = false): Promise<CliResult> {
  const [command, argv] = viaNpm
    ? ['npm', ['run', '-s', 'deadline', '--', ...args]]
    : [TSX, [CLI, ...args]];
  return new Promise((resolve) => {
    execFile(
      command,
      argv,
      { cwd: ROOT, env: { ...process.env, FOI_HOLIDAYS_FILE: '' } },
      (error, stdout, stderr) => {
        const code = error
          ? Number((error as NodeJS.ErrnoException & { code?: unknown }).code ?? 1)
          : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs jobs with at most `limit` in flight (each CLI run is a Node process). */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  job: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
