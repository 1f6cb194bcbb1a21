// Worker-thread entry: loads the QuickJS WASM module once, then runs one snippet at a time for the pool.
// Each run gets a fresh runtime and context (SnippetRun); this file only wires it to the message port.
import { parentPort, workerData } from 'node:worker_threads';
import releaseSyncExport from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSSyncVariant } from 'quickjs-emscripten-core';
import { INITIAL_WASM_MEMORY_BYTES, type FromWorker, type RunOutcome, type ToWorker, type WorkerBoot } from './protocol.js';
import { SnippetRun } from './snippet-run.js';

const WASM_PAGE_BYTES = 65_536;

const port = parentPort;
if (!port) throw new Error('sandbox/quickjs/worker.ts must run as a worker thread');
// Nothing here should print, but emscripten can (an abort message, via console.log): never onto the process's
// stdout, which may be the MCP stdio transport.
process.stdout.write = process.stderr.write.bind(process.stderr);
const boot = bootFrom(workerData);
const stopSignal = new Int32Array(boot.stopSignal);

// The memory's ceiling is what bounds the snippet's heap: QuickJS's own limit only bounds single allocations
// in this build (its accounting needs malloc_usable_size, which emscripten lacks).
const memory = new WebAssembly.Memory({
  initial: INITIAL_WASM_MEMORY_BYTES / WASM_PAGE_BYTES,
  maximum: Math.ceil(boot.memoryMaximumBytes / WASM_PAGE_BYTES),
});
const module = await newQuickJSWASMModuleFromVariant(newVariant(syncVariantFrom(releaseSyncExport), { wasmModule: boot.wasmModule, wasmMemory: memory }));
const environment = { module, memoryMaximumBytes: Math.ceil(boot.memoryMaximumBytes / WASM_PAGE_BYTES) * WASM_PAGE_BYTES };

let current: { runId: number; run: SnippetRun } | undefined;

port.on('message', (message: ToWorker) => {
  if (message.type === 'answer') {
    if (current?.runId === message.runId) current.run.answer(message.callId, message.answer);
    return;
  }
  if (message.type === 'stop') {
    if (current?.runId === message.runId) current.run.stop(message.reason);
    return;
  }
  if (current) {
    post({ type: 'done', runId: message.runId, outcome: busy(), clock: [], durationMs: 0, retire: false });
    return;
  }
  const { runId } = message;
  const run = new SnippetRun(environment, message.settings, {
    call: (callId, name, payload, clock) => post({ type: 'call', runId, callId, name, payload, clock }),
    log: (lines, truncated, clock) => post({ type: 'log', runId, lines, truncated, clock }),
    stopRequested: () => Atomics.load(stopSignal, 0) === runId,
    done: ({ outcome, clock, durationMs, suspect }) => {
      if (current?.runId === runId) current = undefined;
      const retire = suspect || memory.buffer.byteLength > boot.retireAfterWasmBytes;
      post({ type: 'done', runId, outcome, clock, durationMs, retire });
    },
  });
  current = { runId, run };
  run.start();
});

post({ type: 'ready' });

function post(message: FromWorker): void {
  port?.postMessage(message);
}

function busy(): RunOutcome {
  return { ok: false, error: { kind: 'internal', message: 'Error: the sandbox worker was given a second run while busy' } };
}

function bootFrom(data: unknown): WorkerBoot {
  if (typeof data === 'object' && data !== null) {
    const { wasmModule, memoryMaximumBytes, retireAfterWasmBytes, stopSignal } = data as Record<string, unknown>;
    if (
      wasmModule instanceof WebAssembly.Module &&
      typeof memoryMaximumBytes === 'number' &&
      typeof retireAfterWasmBytes === 'number' &&
      stopSignal instanceof SharedArrayBuffer
    ) {
      return { wasmModule, memoryMaximumBytes, retireAfterWasmBytes, stopSignal };
    }
  }
  throw new Error('sandbox worker started without its boot data');
}

/**
 * The variant package is typed as CommonJS but loaded as ESM here, so its default export arrives either as the
 * variant itself or wrapped in `{ default }`; accept both, and nothing else.
 */
function syncVariantFrom(imported: unknown): QuickJSSyncVariant {
  const wrapped = typeof imported === 'object' && imported !== null ? (imported as { default?: unknown }).default : undefined;
  for (const candidate of [imported, wrapped]) {
    if (isSyncVariant(candidate)) return candidate;
  }
  throw new Error('@jitl/quickjs-wasmfile-release-sync did not export a sync variant');
}

function isSyncVariant(value: unknown): value is QuickJSSyncVariant {
  if (typeof value !== 'object' || value === null) return false;
  const { type, importFFI, importModuleLoader } = value as Record<string, unknown>;
  return type === 'sync' && typeof importFFI === 'function' && typeof importModuleLoader === 'function';
}
