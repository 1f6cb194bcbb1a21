// A tool whose one-line summary the query accounts for entirely ("Create a pull request" for "create a
// pull request") is the one asked for, more than a tool that has the same words among others ("Create a
// pull request stack"). BM25 cannot see that: minisearch sums a saturated score per field, so a word
// repeated across a tool's id, keywords and description outweighs a short summary that matches exactly.
// Scaling by how much of the summary the query covers restores it.

/** Multiplier for a fully covered summary is 1 + this; a half-covered one gets 1 + this / 4. */
export const DEFAULT_SUMMARY_COVERAGE_WEIGHT = 2;

/**
 * The factor a lexical score is multiplied by, given the coverage: the share of the summary's distinct
 * terms the query contains, 0 to 1 (the inverted index counts it while scoring). Squared so that a summary the query only touches
 * (`list` in "List repository webhooks") gains little, while one it spells out gains most.
 */
export function coverageBoost(coverage: number, weight: number = DEFAULT_SUMMARY_COVERAGE_WEIGHT): number {
  return 1 + weight * coverage * coverage;
}
