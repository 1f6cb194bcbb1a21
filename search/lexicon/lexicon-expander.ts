import { normalizeTerm } from '../normalize-term.js';
import { tokenize } from '../tokenize.js';

// Finds the everyday phrases of a query that the lexicon knows ("money back", "call off", "out of office")
// and returns the API words they stand for ("refund", "delete", "vacation"), already normalised like index
// terms. Phrases match on normalised words in order, with stopwords skipped, so "cancelling the meeting"
// meets the phrase "cancel meeting" and "songs" meets "song".

/** One bridge from how people ask to how APIs name things (see `api-lexicon.ts`). */
export interface LexiconEntry {
  phrases: readonly string[];
  terms: readonly string[];
}

/** API terms a query's phrases stand for: one group per matched entry, terms normalised. */
export interface LexiconMatch {
  terms: string[];
  /** The phrase that matched, as normalised words. */
  phrase: string[];
}

/** Longest phrase, in words; bounds the search at each query position. */
const MAX_PHRASE_WORDS = 6;

export class LexiconExpander {
  /** Normalised phrase (words joined by a space) → indexes of the entries it belongs to. */
  readonly #phrases = new Map<string, number[]>();
  readonly #terms: string[][];

  constructor(entries: readonly LexiconEntry[]) {
    this.#terms = entries.map((entry) => [...new Set(entry.terms.flatMap(normalizedWords))]);
    entries.forEach((entry, index) => {
      for (const phrase of entry.phrases) {
        const words = normalizedWords(phrase);
        if (words.length === 0 || words.length > MAX_PHRASE_WORDS) continue;
        const key = words.join(' ');
        const list = this.#phrases.get(key) ?? [];
        if (!list.includes(index)) list.push(index);
        this.#phrases.set(key, list);
      }
    });
  }

  /**
   * The entries whose phrases occur in `query`. Where phrases overlap, each still counts: "cancel my
   * subscription" may match both "cancel subscription" and "cancel".
   */
  expand(query: string): LexiconMatch[] {
    const words = normalizedWords(query);
    const matched = new Map<number, string[]>();
    for (let start = 0; start < words.length; start++) {
      for (let length = Math.min(MAX_PHRASE_WORDS, words.length - start); length >= 1; length--) {
        const phrase = words.slice(start, start + length);
        for (const entry of this.#phrases.get(phrase.join(' ')) ?? []) {
          const previous = matched.get(entry);
          if (previous === undefined || previous.length < phrase.length) matched.set(entry, phrase);
        }
      }
    }
    return [...matched].map(([entry, phrase]) => ({ terms: this.#terms[entry]!, phrase }));
  }
}

/** The index terms of a text, in order (stopwords dropped, words stemmed, abbreviations spelled out). */
function normalizedWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    const terms = normalizeTerm(token);
    if (terms === null) continue;
    if (typeof terms === 'string') words.push(terms);
    else words.push(...terms);
  }
  return words;
}
