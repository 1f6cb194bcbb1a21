// Test support: compiles TypeScript text with the real compiler (strict, no emit) and returns its diagnostics.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  noEmit: true,
  strict: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
};

/** Writes each file into a fresh temp folder, compiles them as one program, and returns one line per diagnostic. */
export function compileDiagnostics(files: Record<string, string>): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'declarations-'));
  try {
    const names = Object.entries(files).map(([name, text]) => {
      const path = join(folder, name);
      writeFileSync(path, text);
      return path;
    });
    const program = ts.createProgram(names, COMPILER_OPTIONS);
    return ts.getPreEmitDiagnostics(program).map(describeDiagnostic);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function describeDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return message;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const source = diagnostic.file.text.split('\n')[line] ?? '';
  return `${diagnostic.file.fileName}:${line + 1}:${character + 1} ${message}\n  ${source.trim().slice(0, 160)}`;
}
