import { openRuntime, type Runtime, type RuntimeOptions } from '../runtime.js';
import type { CommandContext } from './cli-io.js';

/** Opens the runtime the global flags name, runs `body` with it, and closes it whatever happens. */
export async function withRuntime<T>(
  context: CommandContext,
  body: (runtime: Runtime) => Promise<T>,
  options: Pick<RuntimeOptions, 'sync'> = {},
): Promise<T> {
  const runtime = await openRuntime({
    ...(context.configPath === undefined ? {} : { configPath: context.configPath }),
    ...(context.embeddingModel === undefined ? {} : { embeddingModel: context.embeddingModel }),
    onWarning: (message) => context.io.err(message),
    ...options,
  });
  try {
    return await body(runtime);
  } finally {
    await runtime.close();
  }
}
