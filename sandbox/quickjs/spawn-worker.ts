// Starting a sandbox worker thread (runtime-specific, like the worker entry itself).
//
// From the compiled package the entry is `worker.js` beside this file. When this module runs from TypeScript
// source (vitest, tsx), Node 20 cannot load `worker.ts` on its own, so a small bootstrap registers tsx's ESM
// loader inside the new thread first. tsx is a dev dependency: only that path needs it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerBoot } from './protocol.js';

/**
 * Each QuickJS frame also costs native stack (WASM frames run on the thread's stack). Measured: a 256 KiB
 * QuickJS stack needs about 8 MB of native stack before QuickJS's own check fires on deeply nested source;
 * 32 MB covers the 1 MiB maximum. Only touched pages are committed.
 */
const NATIVE_STACK_MB = 32;
/** The worker's JS heap holds copies of the guest's strings (results, logs, host payloads). */
const MAX_OLD_GENERATION_MB = 512;

const SOURCE_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.sourceLoader).then((tsx) => { tsx.register(); return import(workerData.sourceEntry); });
`;

export function spawnSandboxWorker(boot: WorkerBoot): Worker {
  const options: WorkerOptions = {
    // The snippet can never reach the thread's `process`, but if it ever did, there is nothing in it.
    env: {},
    resourceLimits: { stackSizeMb: NATIVE_STACK_MB, maxOldGenerationSizeMb: MAX_OLD_GENERATION_MB },
  };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { ...options, workerData: boot });
  const sourceEntry = new URL('./worker.ts', import.meta.url).href;
  return new Worker(SOURCE_BOOTSTRAP, { ...options, eval: true, workerData: { ...boot, sourceEntry, sourceLoader: tsxEsmApiUrl() } });
}

/** Reads the compiled QuickJS WASM binary that ships with the release-sync variant. */
export function readQuickJsWasm(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm')));
}

function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const target = esmApiTarget(manifest);
  if (target === undefined) throw new Error('cannot find tsx/esm/api to load the sandbox worker from TypeScript source');
  return pathToFileURL(join(dirname(manifestPath), target)).href;
}

function esmApiTarget(manifest: unknown): string | undefined {
  const entry = property(property(property(manifest, 'exports'), './esm/api'), 'import');
  const target = typeof entry === 'string' ? entry : property(entry, 'default');
  return typeof target === 'string' ? target : undefined;
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
