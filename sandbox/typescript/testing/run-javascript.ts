// What the sandbox does with transpiled code, done by V8 for the tests: run it as the body of an async function
// and report a throw in the snippet's own coordinates (1-based line and column).

import { Script } from 'node:vm';

const FRAME_PREFIX = '(async function () {';

export type Outcome = { value: unknown } | { thrown: string; line: number; column: number };

export async function runJavaScript(code: string): Promise<Outcome> {
  const run: unknown = new Script(`${FRAME_PREFIX}${code}\n})`, { filename: 'snippet.js' }).runInThisContext();
  if (typeof run !== 'function') throw new Error('the frame did not evaluate to a function');
  try {
    return { value: await run() };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const at = /snippet\.js:(\d+):(\d+)/.exec(error.stack ?? '');
    if (at === null) throw error;
    const line = Number(at[1]);
    const column = Number(at[2]) - (line === 1 ? FRAME_PREFIX.length : 0);
    return { thrown: error.message, line, column };
  }
}
