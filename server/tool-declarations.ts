import { ExecutorError, type ExecutorHandle, type ToolDescription } from '../core/index.js';
import { printToolsDeclaration } from '../sandbox/declarations/index.js';

/** Most tools one namespace describe prints; beyond that the agent should narrow the prefix. */
export const MAX_DESCRIBED_TOOLS = 40;

export interface DescribedTools {
  addresses: string[];
  typescript: string;
}

/**
 * Declarations for several addresses at once, each an exact tool address or a namespace prefix such as
 * `github.local.work.issues` (every tool below it). Printed once per catalog version and request.
 */
export class ToolDeclarations {
  readonly #executor: ExecutorHandle;
  #cache = new Map<string, DescribedTools>();
  #cacheVersion = -1;

  constructor(executor: ExecutorHandle) {
    this.#executor = executor;
  }

  describe(requested: readonly string[]): DescribedTools {
    const catalog = this.#executor.catalog;
    if (this.#cacheVersion !== catalog.version) {
      this.#cache = new Map();
      this.#cacheVersion = catalog.version;
    }
    const key = requested.join('\n');
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const tools = new Map<string, ToolDescription>();
    for (const address of requested) {
      for (const tool of this.#expand(address)) tools.set(tool.address, tool);
      if (tools.size > MAX_DESCRIBED_TOOLS) {
        throw new ExecutorError('invalid_args', `more than ${MAX_DESCRIBED_TOOLS} tools match; describe a narrower namespace or list addresses`);
      }
    }
    const described = { addresses: [...tools.keys()], typescript: printToolsDeclaration([...tools.values()]) };
    if (this.#cache.size > 500) this.#cache.clear();
    this.#cache.set(key, described);
    return described;
  }

  #expand(address: string): ToolDescription[] {
    try {
      return [this.#executor.describe(address)];
    } catch (error) {
      const prefix = `${address}.`;
      const [source] = address.split('.');
      const catalog = this.#executor.catalog;
      const matches: ToolDescription[] = [];
      for (const tool of catalog.tools()) {
        if (tool.source !== source) continue;
        for (const candidate of catalog.addressesOf(tool)) {
          if (candidate.startsWith(prefix)) matches.push(this.#executor.describe(candidate));
          if (matches.length > MAX_DESCRIBED_TOOLS) return matches;
        }
      }
      if (matches.length === 0) throw error;
      return matches;
    }
  }
}
