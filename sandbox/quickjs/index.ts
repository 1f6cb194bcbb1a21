// The QuickJS sandbox: `createQuickJsSandbox()` returns a `Sandbox` (see ../sandbox.ts).
export { createQuickJsSandbox, type QuickJsSandboxOptions } from './quickjs-sandbox.js';
