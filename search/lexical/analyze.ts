import { normalizeTerm } from '../normalize-term.js';
import type { SearchDocument } from '../ranker.js';
import { tokenize } from '../tokenize.js';

// A document's words, counted per field: what the inverted index stores and what is persisted per
// source, so a restart or an unchanged source is never tokenized again (tokenizing is most of the cost
// of indexing: ~7 s for 120k operations against ~0.5 s to load the counts back).

/** The fields the lexical ranker searches, in the order analyses store them. */
export const LEXICAL_FIELDS = ['toolId', 'summary', 'parameters', 'keywords', 'description', 'source'] as const;
export type LexicalField = (typeof LEXICAL_FIELDS)[number];

/** One field of one document: its distinct terms, how often each occurs, and the field's length in terms. */
export interface AnalyzedField {
  terms: string[];
  counts: number[];
  length: number;
}

/** A document reduced to term counts. Plain JSON, so it persists as is. */
export interface AnalyzedDocument {
  key: string;
  source: string;
  /** One entry per `LEXICAL_FIELDS` member, same order. */
  fields: AnalyzedField[];
}

/** Bumped whenever tokenizing or normalising changes, so persisted analyses made the old way are redone. */
export const ANALYZER_VERSION = 2;

/** Normalising a token is pure and tokens repeat endlessly across a catalog; remember the answers. */
const normalized = new Map<string, string | string[] | null>();
const NORMALIZED_CACHE_LIMIT = 200_000;

function termsOfToken(token: string): string | string[] | null {
  let terms = normalized.get(token);
  if (terms === undefined) {
    terms = normalizeTerm(token);
    if (normalized.size >= NORMALIZED_CACHE_LIMIT) normalized.clear();
    normalized.set(token, terms);
  }
  return terms;
}

/** The text of each searched field, in `LEXICAL_FIELDS` order. */
export function fieldTexts(doc: SearchDocument): string[] {
  return LEXICAL_FIELDS.map((field) => fieldText(doc, field));
}

/** Term counts of texts from `fieldTexts`. */
export function analyzeFields(texts: readonly string[]): AnalyzedField[] {
  return texts.map(analyzeText);
}

function fieldText(doc: SearchDocument, field: LexicalField): string {
  switch (field) {
    case 'parameters':
      return doc.parameters.join(' ');
    case 'keywords':
      return doc.keywords.join(' ');
    case 'source':
      return doc.sourceTitle === undefined ? doc.source : `${doc.source} ${doc.sourceTitle}`;
    default:
      return doc[field];
  }
}

function analyzeText(text: string): AnalyzedField {
  const counts = new Map<string, number>();
  const tokens = tokenize(text);
  for (const token of tokens) {
    const terms = termsOfToken(token);
    if (terms === null) continue;
    for (const term of typeof terms === 'string' ? [terms] : terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  // A field's length is its number of distinct words, as minisearch (which this index replaced) counts it,
  // so the tuned field weights keep their meaning.
  return { terms: [...counts.keys()], counts: [...counts.values()], length: new Set(tokens).size };
}
