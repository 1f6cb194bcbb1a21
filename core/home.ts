import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The executor's home folder: `$EXECUTOR_HOME`, else `~/.executor`. */
export function executorHome(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.EXECUTOR_HOME;
  return configured ? resolve(configured) : join(homedir(), '.executor');
}

export function databasePathIn(home: string): string {
  return join(home, 'executor.db');
}

export function defaultConfigPathIn(home: string): string {
  return join(home, 'executor.json');
}
