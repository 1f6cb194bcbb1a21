// Splits tool text into lowercase words. Tool ids and paths glue words together in every convention at
// once (`issues/list-for-repo`, `listForRepo`, `/repos/{owner}/{repo}`), and an agent types them apart
// ("list issues for a repo"), so every convention is split the same way on both sides of the index.

/** Links in descriptions point at docs pages; their words (`https`, `docs`, `en`) only add noise. */
export const LINK = /\bhttps?:\/\/[^\s)\]>"'`]+/gu;
/** Anything that is neither a letter nor a digit separates words: space, `_`, `-`, `.`, `/`, `{`, `}`. */
const SEPARATOR = /[^\p{L}\p{N}]+/u;
/** `listFor` → `list For`; `v2Beta` → `v2 Beta`. */
const LOWER_UPPER = /([\p{Ll}\p{N}])(\p{Lu})/gu;
/** `HTTPServer` → `HTTP Server`: an acronym ends where a capitalised word begins. */
const ACRONYM_WORD = /(\p{Lu}+)(\p{Lu}\p{Ll})/gu;

/**
 * Lowercase words of `text`, in order. A mixed-case word also yields itself whole (`GitHub` → `github`,
 * `git`, `hub`) because people type brand names both ways; an identifier whose parts are the point
 * (`listForRepo`) pays one extra, rare term for that.
 *
 * @example
 * tokenize('/repos/{owner}/{repo}'); // ['repos', 'owner', 'repo']
 * tokenize('issues.list_for_repo'); // ['issues', 'list', 'for', 'repo']
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  // Apostrophes join rather than split, so "user's" stays one word that the stemmer can reduce.
  const cleaned = text.replace(LINK, ' ').replace(/['’]/gu, '');
  for (const word of cleaned.split(SEPARATOR)) {
    if (word === '') continue;
    const parts = splitCase(word);
    if (parts.length > 1) words.push(word.toLowerCase());
    for (const part of parts) words.push(part.toLowerCase());
  }
  return words;
}

function splitCase(word: string): string[] {
  // Most words are already lowercase: skip the two Unicode-class regexes (a third of a query's feature time).
  if (word.toLowerCase() === word) return [word];
  return word.replace(ACRONYM_WORD, '$1 $2').replace(LOWER_UPPER, '$1 $2').split(' ');
}
