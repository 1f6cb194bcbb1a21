// People put the things a request acts on into the request: "email the summary to boss@corp.com",
// "give PAY-123 to Priya", "what was said in #general", "add a to-do "update pricing page"", "refund
// ch_3MqLs2". Those values say nothing about which operation is wanted, yet their words match tools
// (`pay` finds Apple Pay, "pricing page" finds price and page tools). Before ranking, each value is
// replaced by the kind of thing it is ("email", "issue", "channel", "user"), which is what the operation
// takes as a parameter, or dropped where its kind tells nothing. Words with digits stay: dropping them
// helped nothing on paraphrased requests and hurt StableToolBench, whose requests name topics such as
// "covid19", "3d" or "mp3".

import { LINK } from './tokenize.js';

interface ValuePattern {
  pattern: RegExp;
  /** The words that stand in for the value; '' drops it. */
  kind: string;
}

const VALUE_PATTERNS: readonly ValuePattern[] = [
  // Quoted text is content (a title, a message, a search phrase), not the request's intent.
  { pattern: /"[^"]*"|“[^”]*”/gu, kind: '' },
  { pattern: LINK, kind: 'url' },
  { pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, kind: 'email' },
  // An issue key in the Jira/Linear style: PAY-123, ENG-7.
  { pattern: /\b[A-Z][A-Z0-9]+-\d+\b/gu, kind: 'issue' },
  { pattern: /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+/gu, kind: 'user' },
  { pattern: /(?<![\p{L}\p{N}&])#[\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*/gu, kind: 'channel' },
  // Host names with a dot, not file names: example.dev, shop.example.com (a known top-level domain last).
  {
    pattern: /\b(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|io|dev|app|co|ai|us|uk|de|fr|me|sh|xyz|cloud|site|tech)\b/gu,
    kind: 'domain',
  },
  { pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\b/gu, kind: 'ip address' },
  { pattern: /\+\d[\d\s().-]{6,}\d/gu, kind: 'phone number' },
];

/**
 * `request` with the values in it replaced by what kind of value they are.
 *
 * @example
 * requestWithoutValues('give PAY-123 to Priya'); // 'give issue to Priya'
 * requestWithoutValues('text +15551234567 "your table is ready"'); // 'text phone number'
 */
export function requestWithoutValues(request: string): string {
  let text = request;
  for (const { pattern, kind } of VALUE_PATTERNS) text = text.replace(pattern, kind === '' ? ' ' : ` ${kind} `);
  return text.replace(/\s+/gu, ' ').trim();
}
