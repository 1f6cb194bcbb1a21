import { REDACTED, redactSecrets } from './redact.js';

// What a human reads to approve a call, and what the run record keeps instead of the arguments. Bounded, so
// a huge payload costs a line, and masked: a field whose name says it holds a credential is never shown, and
// the connection's own secret values are redacted wherever they appear.
const SECRET_FIELD = /pass(word|wd|phrase)?$|secret|token|api[-_]?key|^auth|authorization|credential|private[-_]?key|cookie|session/i;
const MAX_STRING = 120;
const MAX_ITEMS = 10;
const MAX_DEPTH = 4;
const MAX_PREVIEW = 1_000;

export function previewArgs(args: unknown, secrets: readonly string[] = []): string {
  // Redact before cutting anything: a cut through a secret would leave a prefix no redaction recognises.
  const text = redactSecrets(JSON.stringify(bounded(args ?? {}, 0, secrets)) ?? 'null', secrets);
  return text.length <= MAX_PREVIEW ? text : `${text.slice(0, MAX_PREVIEW - 1)}…`;
}

function bounded(value: unknown, depth: number, secrets: readonly string[]): unknown {
  if (typeof value === 'string') {
    const text = redactSecrets(value, secrets);
    return text.length <= MAX_STRING ? text : `${text.slice(0, MAX_STRING - 1)}… (${value.length} chars)`;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[… ${value.length} items]` : '{…}';
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((item) => bounded(item, depth + 1, secrets));
    return value.length > MAX_ITEMS ? [...shown, `… ${value.length - MAX_ITEMS} more`] : shown;
  }
  const out: Record<string, unknown> = {};
  const entries = Object.entries(value);
  for (const [key, field] of entries.slice(0, MAX_ITEMS * 3)) out[key] = SECRET_FIELD.test(key) ? REDACTED : bounded(field, depth + 1, secrets);
  if (entries.length > MAX_ITEMS * 3) out['…'] = `${entries.length - MAX_ITEMS * 3} more fields`;
  return out;
}
