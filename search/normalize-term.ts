import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize } from './tokenize.js';

// Turns one token into the terms the index stores. Documents and queries go through the same
// `normalizeTerm`, so the two sides always agree: stopwords and stray letters are dropped, a few
// abbreviations that tool ids use and people type (`repo`, `org`, `pr`) are spelled out, and what is left
// is stemmed. Queries alone also translate the asker's point of view (`my`, `me`) into the words APIs use.

/**
 * Abbreviations common in API ids and in how people ask for them. GitHub names a tool
 * `star_repo_for_authenticated_user` and summarises it as "Star a repository"; spelling the short form
 * out lets either wording find either. Kept small: each entry's long form is unambiguous in APIs.
 */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['repo', ['repository']],
  ['repos', ['repository']],
  ['org', ['organization']],
  ['orgs', ['organization']],
  ['pr', ['pull', 'request']],
  ['prs', ['pull', 'request']],
]);

/**
 * "List my repositories": an agent asks in the first person, while APIs call the caller's own account
 * "the authenticated user" (GitHub, GitLab) or `me` (`/users/me`, `getMe`). Only possessives count:
 * "show me the issues" is not about the caller's account. Only queries are expanded, so documents keep
 * exactly the words they use.
 */
const FIRST_PERSON: ReadonlySet<string> = new Set(['my', 'mine', 'myself']);
const FIRST_PERSON_TERMS: readonly string[] = ['me', stem('authenticated')];

/**
 * The index terms for one lowercase token, or `null` when it carries no signal.
 *
 * @example
 * normalizeTerm('repos'); // ['repositori']
 * normalizeTerm('listing'); // 'list'
 * normalizeTerm('the'); // null
 */
export function normalizeTerm(token: string): string | string[] | null {
  // One letter left over from `x-foo` matches everything and means nothing; a lone digit may be a
  // version ("version 3").
  if (isStopword(token) || (token.length < 2 && !/\d/.test(token))) return null;
  const expanded = ABBREVIATIONS.get(token);
  if (expanded !== undefined) return expanded.map(stem);
  return stem(token);
}

/** `normalizeTerm` for a query token: the same, plus first-person words read as the caller's own account. */
export function normalizeQueryTerm(token: string): string | string[] | null {
  return FIRST_PERSON.has(token) ? [...FIRST_PERSON_TERMS] : normalizeTerm(token);
}

/** The distinct index terms of a text. */
export function indexTermsOf(text: string): Set<string> {
  return termsOf(text, normalizeTerm);
}

/** The distinct terms a query searches for. */
export function queryTermsOf(text: string): Set<string> {
  return termsOf(text, normalizeQueryTerm);
}

/** The index terms of a text in order, repeats kept (phrase matching needs the order). */
export function indexTermListOf(text: string): string[] {
  return termListOf(text, normalizeTerm);
}

function termsOf(text: string, normalize: (token: string) => string | string[] | null): Set<string> {
  return new Set(termListOf(text, normalize));
}

function termListOf(text: string, normalize: (token: string) => string | string[] | null): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const normalized = normalize(token);
    if (normalized === null) continue;
    if (Array.isArray(normalized)) terms.push(...normalized);
    else terms.push(normalized);
  }
  return terms;
}
