import { describe, expect, it } from 'vitest';
import { candidateFeatures, candidateTextOf, FEATURE_NAMES, type Candidate } from './candidate-features.js';

const column = (name: string) => FEATURE_NAMES.indexOf(name);

function candidate(toolId: string, summary: string, overrides: Partial<Candidate> = {}): Candidate {
  return { score: 0.1, similarity: 0.5, lexical: 3, text: candidateTextOf({ toolId, summary, parameters: [] }), ...overrides };
}

describe('candidateFeatures', () => {
  it('gives one row of FEATURE_NAMES per candidate, and none for no candidates', () => {
    const rows = candidateFeatures('delete the webhook', [candidate('deleteWebhook', 'Delete a webhook'), candidate('listWebhooks', 'List webhooks')]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(FEATURE_NAMES.length);
    expect(candidateFeatures('delete the webhook', [])).toEqual([]);
  });

  it('says how much of the request a summary and an id hold, and whether the action agrees', () => {
    const [remove, list] = candidateFeatures('delete the webhook', [candidate('deleteWebhook', 'Delete a webhook'), candidate('listWebhooks', 'List webhooks')]);
    expect(remove![column('summaryOverlap')]).toBe(1);
    expect(list![column('summaryOverlap')]).toBe(0.5);
    expect(remove![column('idOverlap')]).toBe(1);
    expect(remove![column('actionAgrees')]).toBe(1);
    expect(list![column('actionAgrees')]).toBe(-1);
    expect(remove![column('action:delete')]).toBe(1);
    expect(list![column('action:list')]).toBe(1);
  });

  it('places each candidate against the best: fused score, similarity and lexical score', () => {
    const rows = candidateFeatures('list my repositories', [
      candidate('repos.list', 'List repositories', { score: 0.2, similarity: 0.3, lexical: 4 }),
      candidate('repos.get', 'Get a repository', { score: 0.1, similarity: 0.6, lexical: 2 }),
    ]);
    expect(rows[1]![column('fused')]).toBe(0.5);
    expect(rows[1]![column('fusedRank')]).toBe(0.5);
    expect(rows[0]![column('similarityGap')]).toBeCloseTo(-0.3);
    expect(rows[1]![column('similarityRank')]).toBe(1);
    expect(rows[1]![column('lexical')]).toBe(0.5);
  });

  it('marks a question', () => {
    const [asked] = candidateFeatures('what meetings do I have today?', [candidate('events.list', 'List events')]);
    const [told] = candidateFeatures('show my meetings today', [candidate('events.list', 'List events')]);
    expect(asked![column('question')]).toBe(1);
    expect(told![column('question')]).toBe(0);
  });
});
