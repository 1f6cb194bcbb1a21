import { API_LEXICON, type LexiconEntry } from './api-lexicon.js';
import { WORK_LEXICON } from './api-lexicon-work.js';
import { LexiconExpander } from './lexicon-expander.js';

/** Every shipped lexicon entry: the first pass, then the domain passes. */
export const LEXICON_ENTRIES: readonly LexiconEntry[] = [...API_LEXICON, ...WORK_LEXICON];

let shared: LexiconExpander | undefined;

/** The shipped lexicon, compiled once per process (every search index can share it: it is read-only). */
export function defaultLexicon(): LexiconExpander {
  shared ??= new LexiconExpander(LEXICON_ENTRIES);
  return shared;
}
