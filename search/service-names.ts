import { isStopword } from './stopwords.js';

// Recognising the service a request names: "refund that charge on Stripe", "my Google calendar",
// "our GitLab project". Each source is known by the words of its name, its API title and its host
// (`google_calendar`, "Calendar API", `www.googleapis.com/calendar`); a query word names a source when few
// sources share it, so "stripe" names Stripe while "google" alone (Calendar, Gmail, Drive…) names none —
// unless the query also says which one ("google calendar" matches both words of one source).

/** Words every API title or host uses; they name no service. */
const GENERIC = new Set([
  'api', 'apis', 'rest', 'restful', 'http', 'https', 'www', 'com', 'io', 'net', 'org', 'co', 'dev', 'app', 'cloud',
  'service', 'services', 'platform', 'openapi', 'swagger', 'spec', 'specification', 'public', 'reference', 'the',
  'and', 'for', 'of', 'v1', 'v2', 'v3', 'v4', 'v5', 'data', 'server', 'web', 'online', 'version', 'developer',
  'developers', 'my', 'your', 'our', 'new', 'admin', 'management', 'manager', 'googleapis', 'amazonaws', 'azure',
]);

/** A word shared by more sources than this is too common to name one of them on its own. */
const MAX_SOURCES_PER_WORD = 2;

export class ServiceNames {
  /** Source → its naming words. */
  readonly #words = new Map<string, ReadonlySet<string>>();
  /** Word → sources it belongs to. */
  readonly #sources = new Map<string, Set<string>>();

  set(source: string, title?: string, baseUrl?: string): void {
    this.delete(source);
    const words = new Set<string>();
    for (const text of [source, title ?? '', hostOf(baseUrl)]) {
      for (const word of wordsOf(text)) if (word.length > 2 && !GENERIC.has(word) && !isStopword(word) && !/^\d+$/.test(word)) words.add(word);
    }
    this.#words.set(source, words);
    for (const word of words) {
      let sources = this.#sources.get(word);
      if (!sources) this.#sources.set(word, (sources = new Set()));
      sources.add(source);
    }
  }

  delete(source: string): void {
    for (const word of this.#words.get(source) ?? []) {
      const sources = this.#sources.get(word);
      sources?.delete(source);
      if (sources?.size === 0) this.#sources.delete(word);
    }
    this.#words.delete(source);
  }

  /**
   * The sources a query names, most specific first: those named by a rare word, or by two or more of
   * their words at once.
   */
  named(query: string): string[] {
    const queryWords = new Set(wordsOf(query));
    const matched = new Map<string, number>();
    for (const word of queryWords) {
      for (const source of this.#sources.get(word) ?? []) matched.set(source, (matched.get(source) ?? 0) + 1);
    }
    const named: [string, number][] = [];
    for (const [source, count] of matched) {
      const rare = [...queryWords].some((word) => (this.#sources.get(word)?.size ?? Infinity) <= MAX_SOURCES_PER_WORD && this.#sources.get(word)!.has(source));
      if (rare || count >= 2) named.push([source, count]);
    }
    return named.sort((a, b) => b[1] - a[1]).map(([source]) => source);
  }
}

function hostOf(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return '';
  try {
    return new URL(baseUrl).hostname;
  } catch {
    return '';
  }
}

/**
 * Whole lowercase words. Unlike the index's tokenizer, brand names are not split at case changes:
 * "YouTube" must not make "you" a name of YouTube.
 */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}
