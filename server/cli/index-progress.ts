import type { IndexingProgress } from '../catalog-search.js';
import type { Runtime } from '../runtime.js';
import type { CommandContext } from './cli-io.js';

/** How often a progress line is printed while indexing runs. */
const PRINT_EVERY_MS = 1_000;

/**
 * Indexes what a command changed in the catalog for search, printing progress to stderr for large
 * catalogs (nothing for an index that is ready within a second), so `sources add` of a big API shows
 * what it is doing and the next `serve` starts with the index ready.
 */
export async function indexForSearch(runtime: Runtime, context: CommandContext): Promise<void> {
  const started = Date.now();
  let printed = started;
  let last: IndexingProgress | undefined;
  const stop = runtime.search.onProgress((progress) => {
    last = progress;
    const now = Date.now();
    if (now - printed < PRINT_EVERY_MS) return;
    printed = now;
    context.io.err(`indexing for search: ${progress.indexed.toLocaleString('en-US')}/${progress.total.toLocaleString('en-US')} tools`);
  });
  try {
    await runtime.search.refresh();
  } finally {
    stop();
  }
  if (last && printed !== started) context.io.err(`indexed ${last.total.toLocaleString('en-US')} tools in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
