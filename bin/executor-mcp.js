#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the `prepare` script); this shim only loads it.
import { main } from '../dist/server/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`executor-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
