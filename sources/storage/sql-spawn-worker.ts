// Starting the SQL worker process (runtime-specific, like the worker entry itself).
//
// From the compiled package the entry is `sql-worker.js` beside this file. When this module runs from
// TypeScript source (vitest, tsx), Node 20 cannot load `sql-worker.ts` on its own, so the child preloads tsx's
// loader (`--import`). tsx is a dev dependency: only that path needs it. Same approach as
// sandbox/quickjs/spawn-worker.ts, for a process instead of a thread.
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SqlWorkerBoot } from './sql-protocol.js';

export function spawnSqlWorker(boot: SqlWorkerBoot): ChildProcess {
  const options: ForkOptions = {
    // The worker needs nothing from the executor's environment, which may hold credentials.
    env: {},
    // Never onto the executor's stdout, which may be the MCP stdio transport.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'advanced',
    execArgv: [],
  };
  const args = [JSON.stringify(boot)];
  if (!import.meta.url.endsWith('.ts')) return fork(fileURLToPath(new URL('./sql-worker.js', import.meta.url)), args, options);
  return fork(fileURLToPath(new URL('./sql-worker.ts', import.meta.url)), args, { ...options, execArgv: ['--import', tsxLoaderUrl()] });
}

function tsxLoaderUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = property(property(manifest, 'exports'), '.');
  const target = typeof entry === 'string' ? entry : property(entry, 'default');
  if (typeof target !== 'string') throw new Error('cannot find tsx\'s loader to start the SQL worker from TypeScript source');
  return pathToFileURL(join(dirname(manifestPath), target)).href;
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
