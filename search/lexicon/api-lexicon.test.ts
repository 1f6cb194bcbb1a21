import { describe, expect, it } from 'vitest';
import { isStopword } from '../stopwords.js';
import { LEXICON_ENTRIES } from './default-lexicon.js';

// Structure checks only: whether an entry helps search is measured elsewhere, not here.

/** Lowercase words of letters and digits, 1–4 of them, single spaces, no punctuation. */
const PHRASE = /^[a-z0-9]+(?: [a-z0-9]+){0,3}$/;
/** One lowercase word as operation ids, paths and summaries spell it. */
const TERM = /^[a-z][a-z0-9]*$/;

describe('the shipped lexicon', () => {
  it('has entries', () => {
    expect(LEXICON_ENTRIES.length).toBeGreaterThan(0);
  });

  it('has no empty entries', () => {
    for (const entry of LEXICON_ENTRIES) {
      expect(entry.phrases.length, JSON.stringify(entry)).toBeGreaterThan(0);
      expect(entry.terms.length, JSON.stringify(entry)).toBeGreaterThan(0);
    }
  });

  it('writes every phrase as 1–4 lowercase words without punctuation', () => {
    const bad = LEXICON_ENTRIES.flatMap((entry) => entry.phrases).filter((phrase) => !PHRASE.test(phrase));
    expect(bad).toEqual([]);
  });

  it('keeps at least one word that is not a stopword in every phrase', () => {
    // A phrase of stopwords alone would be dropped whole by the query analysis and match nothing.
    const bad = LEXICON_ENTRIES.flatMap((entry) => entry.phrases).filter((phrase) => phrase.split(' ').every(isStopword));
    expect(bad).toEqual([]);
  });

  it('writes every term as one lowercase word that is not a stopword', () => {
    const bad = LEXICON_ENTRIES.flatMap((entry) => entry.terms).filter((term) => !TERM.test(term) || isStopword(term));
    expect(bad).toEqual([]);
  });

  it('repeats no phrase or term within an entry', () => {
    for (const entry of LEXICON_ENTRIES) {
      expect(new Set(entry.phrases).size, JSON.stringify(entry)).toBe(entry.phrases.length);
      expect(new Set(entry.terms).size, JSON.stringify(entry)).toBe(entry.terms.length);
    }
  });

  it('has no exact duplicate entries', () => {
    const keys = LEXICON_ENTRIES.map((entry) => JSON.stringify([[...entry.phrases].sort(), [...entry.terms].sort()]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
