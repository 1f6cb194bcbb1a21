import { API_LEXICON } from './api-lexicon.js';
import { LexiconExpander } from './lexicon-expander.js';

let shared: LexiconExpander | undefined;

/** The shipped lexicon, compiled once per process (every search index can share it: it is read-only). */
export function defaultLexicon(): LexiconExpander {
  shared ??= new LexiconExpander(API_LEXICON);
  return shared;
}
