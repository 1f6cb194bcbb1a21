// The public surface of the sandbox layer: code mode's runner, the sandbox contract and its QuickJS
// implementation, the TypeScript front end, and the declaration printer.
export { CodeRunner, type CodeRunnerOptions, type ResumeRequest, type RunCodeRequest, type RunCodeResult } from './code-runner.js';
export type { SnippetErrorShape } from './snippet-error.js';
export { createQuickJsSandbox, type QuickJsSandboxOptions } from './quickjs/index.js';
export type { HostCallHandler, HostCallName, Sandbox, SandboxError, SandboxRunRequest, SandboxRunResult } from './sandbox.js';
