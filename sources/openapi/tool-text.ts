import type { OperationModel } from './operation-model.js';

// The words of a tool: its one-line summary, its description and its search keywords.

const SUMMARY_LIMIT = 120;

/** The spec's summary, else the first sentence of its description (≤ 120 characters), else `METHOD /path`. */
export function summaryOf(model: OperationModel): string {
  const summary = oneLine(model.summary ?? '');
  if (summary !== '') return summary;
  const sentence = firstSentence(model.description ?? '');
  return sentence !== '' ? sentence : `${model.method.toUpperCase()} ${model.path}`;
}

/** Summary and description together, each once. */
export function descriptionOf(model: OperationModel): string {
  const summary = oneLine(model.summary ?? '');
  const description = (model.description ?? '').trim();
  const parts = [model.deprecated ? 'Deprecated.' : '', description.startsWith(summary) ? '' : summary, description];
  return parts.filter((part) => part !== '').join('\n\n');
}

/** Tags, the literal words of the path (not its `{parameters}`), and the method. */
export function keywordsOf(model: OperationModel): string[] {
  const nouns = model.path.split('/').filter((segment) => segment !== '' && !segment.includes('{'));
  return [...new Set([...model.tags, ...nouns, model.method])];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first sentence of the first paragraph, on one line, at most 120 characters (cut at a word). */
export function firstSentence(text: string): string {
  const paragraph = oneLine(text.trim().split(/\n\s*\n/)[0] ?? '');
  const end = /[.!?](\s|$)/.exec(paragraph);
  const sentence = end ? paragraph.slice(0, end.index + 1) : paragraph;
  if (sentence.length <= SUMMARY_LIMIT) return sentence;
  const cut = sentence.slice(0, SUMMARY_LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
