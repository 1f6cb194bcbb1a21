// A light suffix-stripping stemmer, written here rather than taken from a library. What tool search needs
// is narrow: plurals (`issues`, `repositories`, `branches`), `-ing` and `-ed` (`listing`, `starred`,
// `created`), the silent `e` that makes `create`/`creating`/`created` meet, and a final `y` written as
// `i` so `repository`/`repositories` and `cookie`/`cookies` meet without guessing which form is the base.
// Porter-family stemmers (the `stemmer`, `natural` packages) do all that and then strip derivational
// suffixes too, which in API vocabulary merges words that name different things (`organization` →
// `organ`, `general` and `generate` → `gener`) and gives stems nobody can predict when reading a test.
// These rules can be checked by hand, and the index and the query both go through them, so a stem only
// has to be consistent, not a real word.

/** Words this short are already minimal (`bus`, `has`, `use`) and would lose their meaning. */
const MIN_WORD_LENGTH = 4;
/** A stem shorter than this is too ambiguous to keep (`using` → `us`). */
const MIN_STEM_LENGTH = 3;
const VOWEL = /[aeiouy]/;
/** Doubled consonants that English keeps after a suffix (`install`, `access`, `buzz`). */
const KEPT_DOUBLES = new Set(['l', 's', 'z']);

/**
 * Reduces an already lowercased word to its stem.
 *
 * @example
 * stem('repositories') === stem('repository'); // true, both 'repositori'
 * stem('listing') === stem('lists'); // true, both 'list'
 * stem('created') === stem('create'); // true, both 'creat'
 */
export function stem(word: string): string {
  if (word.length < MIN_WORD_LENGTH || !/^[a-z]+$/.test(word)) return word;
  const singular = stripPlural(word);
  return finalYAsI(stripVerbEnding(singular) ?? stripSilentE(singular));
}

function stripPlural(word: string): string {
  if (word.endsWith('ies')) return word.slice(0, -2);
  // `access`, `status`, `analysis` end in `s` without being plural.
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  // `branches`, `statuses`, `indexes` add `es`; `issues`, `releases` only add `s` to a word ending in
  // `e`, and stripping that `e` later makes both spellings of the rule land on the same stem.
  if (/(?:[sxz]|ch|sh)es$/.test(word) && word.length - 2 >= MIN_STEM_LENGTH) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** `listing` → `list`, `starred` → `star`; undefined when the word has no such ending to strip. */
function stripVerbEnding(word: string): string | undefined {
  // `need`, `speed`, `feed`: the `ed` belongs to the word.
  if (word.endsWith('eed')) return undefined;
  const suffix = word.endsWith('ing') ? 'ing' : word.endsWith('ed') ? 'ed' : undefined;
  if (suffix === undefined) return undefined;
  const base = word.slice(0, -suffix.length);
  // `string`, `thing`, `red`: without a vowel or enough letters left, the ending was part of the word.
  if (base.length < MIN_STEM_LENGTH || !VOWEL.test(base)) return undefined;
  return undoubled(base);
}

/**
 * `runn` → `run`, `starr` → `star`, `mapp` → `map`, but `install`, `access` and `add` stay; British
 * `cancell`, `labell`, `modell` (from `cancelling`, `labelled`) lose the second `l`, while one-syllable
 * `sell`, `spell` keep it.
 */
function undoubled(base: string): string {
  if (base.endsWith('ell') && (base.match(/[aeiouy]+/g)?.length ?? 0) >= 2) return base.slice(0, -1);
  const last = base.at(-1);
  if (last === undefined || last !== base.at(-2) || VOWEL.test(last) || KEPT_DOUBLES.has(last)) return base;
  const shorter = base.slice(0, -1);
  return shorter.length >= MIN_STEM_LENGTH ? shorter : base;
}

function stripSilentE(word: string): string {
  return word.endsWith('e') && word.length > MIN_WORD_LENGTH - 1 && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

/** `repository` → `repositori` to meet `repositories` → `repositori`; `key`, `deploy` keep their `y`. */
function finalYAsI(word: string): string {
  return word.length >= MIN_WORD_LENGTH && /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}i` : word;
}
