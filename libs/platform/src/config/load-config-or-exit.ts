import { AppConfig, ConfigError, loadConfig } from './app-config';

/**
 * For a process's entry point: the configuration, or one line per problem on stderr and exit 1,
 * with no stack trace: the person starting the service fixes the environment.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`configuration: ${problem}\n`);
    process.exit(1);
  }
}
