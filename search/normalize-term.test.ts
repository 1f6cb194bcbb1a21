import { describe, expect, it } from 'vitest';
import { indexTermsOf, normalizeQueryTerm, normalizeTerm, queryTermsOf } from './normalize-term.js';

describe('normalizeTerm', () => {
  it('drops stopwords and stray letters but keeps a lone digit', () => {
    expect(['the', 'for', 'a', 'x', '3'].map(normalizeTerm)).toEqual([null, null, null, null, '3']);
  });

  it('spells out abbreviations before stemming, so repo and repositories meet', () => {
    expect(normalizeTerm('repos')).toEqual(['repositori']);
    expect(normalizeTerm('repositories')).toBe('repositori');
    expect(normalizeTerm('org')).toEqual([normalizeTerm('organizations')]);
    expect(normalizeTerm('pr')).toEqual(['pull', 'request']);
  });

  it('keeps "me", which names tools like /users/me', () => {
    expect(normalizeTerm('me')).toBe('me');
  });
});

describe('query terms', () => {
  it('read possessive first-person words as the caller’s own account', () => {
    expect(normalizeQueryTerm('my')).toEqual(['me', 'authenticat']);
    expect([...queryTermsOf('list my repos')]).toEqual(['list', 'me', 'authenticat', 'repositori']);
  });

  it('leave documents with exactly the words they use', () => {
    expect([...indexTermsOf('List my repositories')]).toEqual(['list', 'repositori']);
  });
});
