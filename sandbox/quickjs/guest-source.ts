// QuickJS parses the guest sources again for every run (about 10 KB per millisecond), so they are sent without
// indentation and whole-line comments. Safe for our guest sources: none has a multi-line string or template.
export function compactGuestSource(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//') && !(line.startsWith('/*') && line.endsWith('*/')))
    .join('\n');
}
