import { actionOfTerm, actionOfTool, ACTION_CLASSES, QUESTION, type ActionClass } from '../lexical/actions.js';
import { indexTermListOf, queryTermsOf } from '../normalize-term.js';

// What the learned re-rank (see `learned-reranker.ts`) knows about one candidate: how the first stage
// placed it, how close the embedding model puts it, and a few facts that need no model at all — how many of
// the request's words its summary, id and parameters hold, and whether its action is the one asked for.
// Training and search compute rows with this one function, so a model never sees features made another way.

/** The names of a row's columns, in order. A weights file records them; a mismatch means it must be retrained. */
export const FEATURE_NAMES: readonly string[] = [
  'fused',
  'fusedRank',
  'similarity',
  'similarityGap',
  'similarityRank',
  'lexical',
  'question',
  'requestTerms',
  'summaryOverlap',
  'idOverlap',
  'parameterOverlap',
  'actionAgrees',
  'parameterCount',
  'summaryTerms',
  ...ACTION_CLASSES.map((action) => `action:${action}`),
];

/** A first-stage candidate, best first. */
export interface Candidate {
  /** Its fused first-stage score. */
  score: number;
  /** The embedding model's similarity to the request (0 when it has none). */
  similarity: number;
  /** Its score in the first ranker's own ranking (0 when that ranking missed it). */
  lexical: number;
  /** Its tool's words (`candidateTextOf`), which do not depend on the request. */
  text: CandidateText;
}

/** What a tool's own words tell the scorer, analysed once per tool rather than once per query that ranks it. */
export interface CandidateText {
  summaryTerms: ReadonlySet<string>;
  idTerms: ReadonlySet<string>;
  parameterTerms: ReadonlySet<string>;
  parameterCount: number;
  action: ActionClass | undefined;
}

/** A tool's summary, id and parameter names as the scorer reads them. */
export function candidateTextOf(tool: { toolId: string; summary: string; parameters: readonly string[] }): CandidateText {
  const summaryTerms = indexTermListOf(tool.summary);
  const idTerms = indexTermListOf(tool.toolId);
  return {
    summaryTerms: new Set(summaryTerms),
    idTerms: new Set(idTerms),
    parameterTerms: new Set(indexTermListOf(tool.parameters.join(' '))),
    parameterCount: tool.parameters.length,
    action: actionOfTool(summaryTerms, idTerms),
  };
}

/** One row of `FEATURE_NAMES` per candidate; `request` is the request as the rankers saw it. */
export function candidateFeatures(request: string, candidates: readonly Candidate[]): number[][] {
  if (candidates.length === 0) return [];
  const requestTerms = [...queryTermsOf(request)];
  const asked = new Set(requestTerms.map(actionOfTerm).filter((action) => action !== undefined));
  const question = QUESTION.test(request) ? 1 : 0;
  const bestScore = candidates[0]!.score || 1;
  const bestLexical = Math.max(...candidates.map((candidate) => candidate.lexical)) || 1;
  const bestSimilarity = Math.max(...candidates.map((candidate) => candidate.similarity));
  const similarityRank = ranksOf(candidates.map((candidate) => candidate.similarity));
  const overlap = (held: ReadonlySet<string>) =>
    requestTerms.length === 0 ? 0 : requestTerms.filter((term) => held.has(term)).length / requestTerms.length;
  return candidates.map(({ score, similarity, lexical, text }, i) => [
    score / bestScore,
    1 / (1 + i),
    similarity,
    similarity - bestSimilarity,
    1 / (1 + similarityRank[i]!),
    lexical / bestLexical,
    question,
    Math.log1p(requestTerms.length),
    overlap(text.summaryTerms),
    overlap(text.idTerms),
    overlap(text.parameterTerms),
    text.action === undefined ? 0 : asked.has(text.action) ? 1 : asked.size > 0 ? -1 : 0,
    Math.log1p(text.parameterCount),
    Math.log1p(text.summaryTerms.size),
    ...ACTION_CLASSES.map((each) => (text.action === each ? 1 : 0)),
  ]);
}

/** Each value's place when sorted descending (0 = highest). */
function ranksOf(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const ranks = new Array<number>(values.length);
  order.forEach((index, rank) => (ranks[index] = rank));
  return ranks;
}
