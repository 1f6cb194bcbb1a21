import type { QueryTerm } from './inverted-index.js';

// Which index terms a query word reaches: itself; for words of four letters or more, longer words it
// begins (`deploy` → `deployment`), weighted down; and, only when the word is not in the index at all,
// words within a small edit distance (`webhok` → `webhook`). Typo matching every known word as well, as
// minisearch did, costs a scan of the vocabulary per word and mostly adds noise.

export interface ExpansionOptions {
  /** Words at least this long match by prefix and by typo. */
  minLength: number;
  prefixWeight: number;
  fuzzyWeight: number;
  /** Typo distance as a share of the word's length (rounded), at most `maxFuzzy`. */
  fuzzyFraction: number;
  maxFuzzy: number;
}

/** A common prefix (`list`) can begin hundreds of words; the shortest few carry the meaning. */
const MAX_PREFIX_EXPANSIONS = 24;

export interface Vocabulary {
  /** Sorted. */
  terms(): readonly string[];
  has(term: string): boolean;
}

/** The weighted index terms for a query's distinct words, each word its own group. */
export function expandQuery(words: readonly string[], vocabulary: Vocabulary, options: ExpansionOptions): QueryTerm[] {
  const terms: QueryTerm[] = [];
  words.forEach((word, group) => {
    terms.push({ term: word, weight: 1, group, exact: true });
    if (word.length < options.minLength) return;
    const sorted = vocabulary.terms();
    const prefixed = withPrefix(sorted, word);
    for (const term of prefixed) {
      const distance = term.length - word.length;
      terms.push({ term, weight: (options.prefixWeight * term.length) / (term.length + 0.3 * distance), group, exact: false });
    }
    if (vocabulary.has(word)) return;
    const maxDistance = Math.min(options.maxFuzzy, Math.round(word.length * options.fuzzyFraction));
    const alreadyPrefixed = new Set(prefixed);
    for (const [term, distance] of nearWords(sorted, word, maxDistance)) {
      if (alreadyPrefixed.has(term)) continue;
      terms.push({ term, weight: (options.fuzzyWeight * term.length) / (term.length + distance), group, exact: false });
    }
  });
  return terms;
}

/** Terms that start with `prefix` and are longer, shortest first, at most `MAX_PREFIX_EXPANSIONS`. */
function withPrefix(sorted: readonly string[], prefix: string): string[] {
  const found: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
    if (sorted[i] !== prefix) found.push(sorted[i]!);
  }
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_EXPANSIONS);
}

/**
 * Terms within `maxDistance` edits of `word` that share its first letter (typos rarely hit the first
 * letter, and the sorted vocabulary makes that range one binary search away).
 */
function nearWords(sorted: readonly string[], word: string, maxDistance: number): [string, number][] {
  if (maxDistance < 1) return [];
  const first = word[0]!;
  const found: [string, number][] = [];
  for (let i = lowerBound(sorted, first); i < sorted.length && sorted[i]![0] === first; i++) {
    const term = sorted[i]!;
    if (Math.abs(term.length - word.length) > maxDistance) continue;
    const distance = boundedEditDistance(word, term, maxDistance);
    if (distance > 0 && distance <= maxDistance) found.push([term, distance]);
  }
  return found;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
