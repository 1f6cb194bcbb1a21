import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixtures/executor-home.js';

// Dependencies point inward: server, ui → sandbox, search, skills → core ← sources.
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  sources: ['core'],
  search: ['core'],
  sandbox: ['core'],
  skills: ['core'],
  ui: ['core', 'sandbox', 'search', 'skills'],
  server: ['core', 'sources', 'search', 'sandbox', 'skills', 'ui'],
};

function sourceFiles(dir: string): string[] {
  // A layer with no code yet (ui/, skills/ before their issues) has nothing to violate.
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('layering', () => {
  it.each(Object.keys(ALLOWED))('%s imports only the layers it may', (layer) => {
    const violations: string[] = [];
    for (const file of sourceFiles(join(REPO_ROOT, layer))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(REPO_ROOT, join(file, '..', match[1]!)).split('/')[0]!;
        if (target !== layer && !ALLOWED[layer]!.includes(target)) violations.push(`${relative(REPO_ROOT, file)} → ${match[1]}`);
        // Outside core, only core's public surface: its index.
        const intoCore = relative(REPO_ROOT, join(file, '..', match[1]!));
        if (layer !== 'core' && target === 'core' && intoCore !== 'core/index.js') violations.push(`${relative(REPO_ROOT, file)} → ${match[1]} (use core/index.js)`);
      }
    }
    expect(violations).toEqual([]);
  });
});
