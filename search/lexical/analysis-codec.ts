import { LEXICAL_FIELDS, type AnalyzedField } from './analyze.js';

// How a document's term counts are stored in the content cache: one line per field,
// `length|count,count,…|term term …`. Terms are letters and digits only (see `tokenize.ts`), so the
// separators never occur in them; splitting strings back is several times faster than JSON.parse of the
// same arrays, which matters when 100,000 documents load at start.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeFields(fields: readonly AnalyzedField[]): Uint8Array {
  return encoder.encode(fields.map((field) => `${field.length}|${field.counts.join(',')}|${field.terms.join(' ')}`).join('\n'));
}

/** The fields encoded by `encodeFields`, or `undefined` when the bytes are not such an encoding. */
export function decodeFields(bytes: Uint8Array): AnalyzedField[] | undefined {
  const lines = decoder.decode(bytes).split('\n');
  if (lines.length !== LEXICAL_FIELDS.length) return undefined;
  const fields: AnalyzedField[] = [];
  for (const line of lines) {
    const [length, counts, terms] = line.split('|');
    if (length === undefined || counts === undefined || terms === undefined) return undefined;
    const field: AnalyzedField = {
      length: Number(length),
      counts: counts === '' ? [] : counts.split(',').map(Number),
      terms: terms === '' ? [] : terms.split(' '),
    };
    if (field.counts.length !== field.terms.length || !Number.isInteger(field.length)) return undefined;
    fields.push(field);
  }
  return fields;
}
