import { describe, expect, it } from 'vitest';
import { requestWithoutValues } from './request-values.js';

describe('requestWithoutValues', () => {
  it('replaces values by their kind', () => {
    expect(requestWithoutValues('give PAY-123 to Priya')).toBe('give issue to Priya');
    expect(requestWithoutValues('email the summary to boss@corp.com')).toBe('email the summary to email');
    expect(requestWithoutValues('what was said in #general today?')).toBe('what was said in channel today?');
    expect(requestWithoutValues('who follows @acme on Twitter?')).toBe('who follows user on Twitter?');
    expect(requestWithoutValues('point api.example.com at 203.0.113.10')).toBe('point domain at ip address');
    expect(requestWithoutValues('text +1 555 123 4567 now')).toBe('text phone number now');
    expect(requestWithoutValues('open https://example.com/a?b=c please')).toBe('open url please');
  });

  it('drops quoted content, which is a value and not the intent', () => {
    expect(requestWithoutValues('add a to-do "update pricing page" for Kim')).toBe('add a to-do for Kim');
    expect(requestWithoutValues('rename “draft v3” to “final”')).toBe('rename to');
  });

  it('keeps ordinary words, apostrophes, hyphens and words with digits', () => {
    const plain = "approve Dana's PR, then list covid19 stats for the t-shirt shop in 3d";
    expect(requestWithoutValues(plain)).toBe(plain);
    expect(requestWithoutValues('C# and F# repos')).toBe('C# and F# repos');
  });

  it('returns an empty string when the request is only a value', () => {
    expect(requestWithoutValues('"hello"')).toBe('');
  });
});
