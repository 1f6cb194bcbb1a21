import { indexTermListOf } from '../normalize-term.js';

// Finds the everyday phrases of a query that the lexicon knows ("money back", "call off", "out of office")
// and returns the API words they stand for ("refund", "delete", "vacation"), already normalised like index
// terms. Phrases match on normalised words in order, with stopwords skipped, so "cancelling the meeting"
// meets the phrase "cancel meeting" and "songs" meets "song"; up to two words may stand before a phrase's
// last word, because people split phrasal verbs around their object ("kick that troll out").

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
/** Words that may stand before a phrase's last word (after stopwords are dropped). */
const MAX_GAP = 2;

export class LexiconExpander {
  readonly #entries: readonly LexiconEntry[];
  /** Normalised phrase (words joined by a space) → indexes of the entries it belongs to; built on first use. */
  #phrases: Map<string, number[]> | undefined;
  #terms: string[][] = [];

  /** Keeps the entries; normalising ~5,000 phrases (~30 ms) waits for the first query, off every start-up path. */
  constructor(entries: readonly LexiconEntry[]) {
    this.#entries = entries;
  }

  /**
   * The entries whose phrases occur in `query`. Where phrases overlap, each still counts: "cancel my
   * subscription" may match both "cancel subscription" and "cancel".
   */
  expand(query: string): LexiconMatch[] {
    const phrases = this.#compiled();
    const words = indexTermListOf(query);
    const matched = new Map<number, string[]>();
    const found = (entries: readonly number[] | undefined, phrase: string[]) => {
      for (const entry of entries ?? []) {
        const previous = matched.get(entry);
        if (previous === undefined || previous.length < phrase.length) matched.set(entry, phrase);
      }
    };
    for (let start = 0; start < words.length; start++) {
      for (let length = Math.min(MAX_PHRASE_WORDS, words.length - start); length >= 1; length--) {
        const phrase = words.slice(start, start + length);
        found(phrases.get(phrase.join(' ')), phrase);
      }
      // "kick that troll out" meets "kick out": the last word of a phrase may come a little later.
      for (let gap = 1; gap <= MAX_GAP; gap++) {
        for (let length = 2; length <= MAX_PHRASE_WORDS && start + length + gap <= words.length; length++) {
          const phrase = [...words.slice(start, start + length - 1), words[start + length - 1 + gap]!];
          found(phrases.get(phrase.join(' ')), phrase);
        }
      }
    }
    return [...matched].map(([entry, phrase]) => ({ terms: this.#terms[entry]!, phrase }));
  }

  #compiled(): Map<string, number[]> {
    if (this.#phrases) return this.#phrases;
    const phrases = new Map<string, number[]>();
    this.#terms = this.#entries.map((entry) => [...new Set(entry.terms.flatMap(indexTermListOf))]);
    this.#entries.forEach((entry, index) => {
      for (const phrase of entry.phrases) {
        const words = indexTermListOf(phrase);
        if (words.length === 0 || words.length > MAX_PHRASE_WORDS) continue;
        const key = words.join(' ');
        const list = phrases.get(key) ?? [];
        if (!list.includes(index)) list.push(index);
        phrases.set(key, list);
      }
    });
    this.#phrases = phrases;
    return phrases;
  }
}
