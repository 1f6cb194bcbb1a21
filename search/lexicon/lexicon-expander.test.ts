import { describe, expect, it } from 'vitest';
import { LexiconExpander } from './lexicon-expander.js';

describe('LexiconExpander', () => {
  const lexicon = new LexiconExpander([
    { phrases: ['money back', 'reimburse'], terms: ['refund'] },
    { phrases: ['call off', 'cancel'], terms: ['delete', 'cancel'] },
    { phrases: ['out of office', 'auto reply'], terms: ['vacation', 'autoreply'] },
  ]);

  it('finds phrases by their normalised words, in order, across stopwords and inflections', () => {
    // Terms come back as index terms (stemmed), ready to look up.
    expect(lexicon.expand('the customer wants their money back').map((m) => m.terms)).toEqual([['refund']]);
    expect(lexicon.expand('turn on my out-of-office').map((m) => m.terms)).toEqual([['vacat', 'autorepli']].map(() => expect.arrayContaining([expect.stringMatching(/^vacat/)])));
    expect(lexicon.expand('cancelling the meeting').map((m) => m.terms)).toEqual([[expect.stringMatching(/^delet/), 'cancel']]);
  });

  it('lets up to two words stand before the last word of a phrase', () => {
    expect(lexicon.expand('call the standup off').map((m) => m.phrase)).toEqual([['call', 'off']]);
    expect(lexicon.expand('call tomorrow standup off').map((m) => m.phrase)).toEqual([['call', 'off']]);
    expect(lexicon.expand('call tomorrow morning standup off')).toEqual([]);
  });

  it('finds nothing where no phrase occurs, or where its words are out of order', () => {
    expect(lexicon.expand('list my repositories')).toEqual([]);
    expect(lexicon.expand('back up the money')).toEqual([]);
  });
});
