import { coverageBoost } from '../summary-coverage.js';
import { actionOfTool, type ActionClass } from './actions.js';
import { LEXICAL_FIELDS, type AnalyzedDocument } from './analyze.js';
import { TopK } from './top-k.js';

// A field-weighted BM25+ inverted index built for catalogs of 100,000+ tools. It replaced minisearch, which
// scores every matching document through Maps and objects: at 120k operations a query took 230–450 ms and
// adding them 17–22 s. Here postings are flat arrays, scores accumulate in one reused typed array and only
// the best k are sorted, so a query costs a few milliseconds; documents arrive already analysed (see
// `analyze.ts`), so loading persisted analyses skips tokenizing. The scoring is minisearch's, so weights
// tuned on it keep their meaning: per field, idf · (d + tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen))),
// times the field's weight and the query term's weight, summed, then multiplied by the number of distinct
// query terms the document matched.

const K1 = 1.2;
const B = 0.7;
const D = 0.5;
const SUMMARY_FIELD = LEXICAL_FIELDS.indexOf('summary');
const TOOL_ID_FIELD = LEXICAL_FIELDS.indexOf('toolId');
/** Query terms beyond this share one bit of the "distinct terms matched" mask; queries that long are rare. */
const MAX_GROUPS = 31;

/** One term to look up, with its weight and the query word it stands for. */
export interface QueryTerm {
  term: string;
  weight: number;
  /** Index of the query word this term came from (a prefix or typo expansion shares its word's group). */
  group: number;
  /** The query word itself (not an expansion): only these count towards summary coverage. */
  exact: boolean;
}

export interface IndexQuery {
  terms: readonly QueryTerm[];
  limit: number;
  source?: string;
  /** Weight per field, in `LEXICAL_FIELDS` order; 0 leaves a field out. */
  fieldWeights: readonly number[];
  /** Score multiplier from summary coverage c ∈ [0, 1]: 1 + coverageWeight · c². 0 turns it off. */
  coverageWeight: number;
  /**
   * How much the best-matching sources lift their tools: each tool's score is multiplied by
   * 1 + sourceWeight · (its source's score / the best source's score), a source scoring the sum of its two
   * best tools. A request about playing music is about the music API as a whole, so its tools should
   * outrank a stray match elsewhere. 0 turns it off.
   */
  sourceWeight?: number;
  /** The actions the request asks for (see `actions.ts`); tools doing one of them gain `actionWeight`. */
  actions?: ReadonlySet<ActionClass>;
  /** A tool whose action is among `actions` has its score multiplied by 1 + this. */
  actionWeight?: number;
}

export interface IndexHit {
  key: string;
  score: number;
}

interface FieldPostings {
  slots: number[];
  counts: number[];
  /** Live documents holding the term in this field (removed documents stay in `slots` until compaction). */
  df: number;
}

export class InvertedIndex {
  readonly #slotOf = new Map<string, number>();
  /** Per slot; `undefined` once removed. */
  #keys: (string | undefined)[] = [];
  #analyses: (AnalyzedDocument | undefined)[] = [];
  #sourceOfSlot: number[] = [];
  #lengths: number[][] = LEXICAL_FIELDS.map(() => []);
  readonly #lengthTotals = LEXICAL_FIELDS.map(() => 0);
  #summarySizes: number[] = [];
  #actions: (ActionClass | undefined)[] = [];
  readonly #sourceIds = new Map<string, number>();
  #postings = new Map<string, (FieldPostings | undefined)[]>();
  #live = 0;
  #vocabulary: string[] | undefined;
  // Scratch space reused by every query, sized to the slot count.
  #scores = new Float64Array(0);
  #masks = new Int32Array(0);
  #covered = new Uint16Array(0);
  #touched = new Int32Array(0);
  /** Per source id: its best and second-best tool score in the current query. */
  #sourceBest = new Float64Array(0);
  #sourceSecond = new Float64Array(0);

  get size(): number {
    return this.#live;
  }

  has(key: string): boolean {
    return this.#slotOf.has(key);
  }

  /** Every term in the index, sorted; for prefix and typo expansion of query words. */
  vocabulary(): readonly string[] {
    this.#vocabulary ??= [...this.#postings.keys()].sort();
    return this.#vocabulary;
  }

  hasTerm(term: string): boolean {
    return this.#postings.get(term)?.some((field) => field !== undefined && field.df > 0) ?? false;
  }

  add(doc: AnalyzedDocument): void {
    if (this.#slotOf.has(doc.key)) this.remove(doc.key);
    const slot = this.#keys.length;
    this.#slotOf.set(doc.key, slot);
    this.#keys.push(doc.key);
    this.#analyses.push(doc);
    this.#sourceOfSlot.push(this.#sourceId(doc.source));
    this.#summarySizes.push(doc.fields[SUMMARY_FIELD]?.terms.length ?? 0);
    this.#actions.push(actionOfTool(doc.fields[SUMMARY_FIELD]?.terms ?? [], doc.fields[TOOL_ID_FIELD]?.terms ?? []));
    doc.fields.forEach((field, f) => {
      this.#lengths[f]!.push(field.length);
      this.#lengthTotals[f]! += field.length;
      field.terms.forEach((term, t) => {
        let byField = this.#postings.get(term);
        if (byField === undefined) {
          this.#postings.set(term, (byField = []));
          this.#vocabulary = undefined;
        }
        const postings = (byField[f] ??= { slots: [], counts: [], df: 0 });
        postings.slots.push(slot);
        postings.counts.push(field.counts[t]!);
        postings.df++;
      });
    });
    this.#live++;
  }

  remove(key: string): void {
    const slot = this.#slotOf.get(key);
    if (slot === undefined) return;
    const doc = this.#analyses[slot]!;
    doc.fields.forEach((field, f) => {
      this.#lengthTotals[f]! -= field.length;
      for (const term of field.terms) {
        const postings = this.#postings.get(term)?.[f];
        if (postings) postings.df--;
      }
    });
    this.#slotOf.delete(key);
    this.#keys[slot] = undefined;
    this.#analyses[slot] = undefined;
    this.#live--;
    // Removed documents' postings are skipped while scoring; rebuild once they are a third of the index.
    const dead = this.#keys.length - this.#live;
    if (dead > 1000 && dead > this.#live / 2) this.#compact();
  }

  search(query: IndexQuery): IndexHit[] {
    const limit = Math.floor(query.limit);
    if (!(limit > 0) || this.#live === 0 || query.terms.length === 0) return [];
    let sourceFilter = -1;
    if (query.source !== undefined) {
      const id = this.#sourceIds.get(query.source);
      if (id === undefined) return [];
      sourceFilter = id;
    }
    this.#ensureScratch();
    const scores = this.#scores;
    const masks = this.#masks;
    const covered = this.#covered;
    const touched = this.#touched;
    let touchedCount = 0;
    const keys = this.#keys;
    const sources = this.#sourceOfSlot;
    const live = this.#live;
    // Removed documents keep their postings until compaction; only then is each posting's slot checked.
    const hasRemoved = keys.length !== live;

    for (const { term, weight, group, exact } of query.terms) {
      const byField = this.#postings.get(term);
      if (byField === undefined) continue;
      const bit = 1 << Math.min(group, MAX_GROUPS - 1);
      for (let f = 0; f < byField.length; f++) {
        const postings = byField[f];
        const fieldWeight = query.fieldWeights[f] ?? 0;
        if (postings === undefined || postings.df <= 0 || fieldWeight === 0) continue;
        const idf = Math.log(1 + (live - postings.df + 0.5) / (postings.df + 0.5));
        const scale = weight * fieldWeight * idf;
        const averageLength = this.#lengthTotals[f]! / live || 1;
        const lengths = this.#lengths[f]!;
        const countsCoverage = exact && f === SUMMARY_FIELD;
        const { slots, counts } = postings;
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i]!;
          if ((hasRemoved && keys[slot] === undefined) || (sourceFilter >= 0 && sources[slot] !== sourceFilter)) continue;
          const tf = counts[i]!;
          // Not hoisted out of the loop on purpose: rounding any other way moves scores in their last bits, and
          // `npm run train:reranker` would no longer rebuild the shipped weights byte for byte.
          const norm = K1 * (1 - B + (B * lengths[slot]!) / averageLength);
          if (masks[slot] === 0) touched[touchedCount++] = slot;
          masks[slot]! |= bit;
          scores[slot]! += scale * (D + (tf * (K1 + 1)) / (tf + norm));
          if (countsCoverage) covered[slot]!++;
        }
      }
    }

    const actionWeight = query.actions !== undefined && query.actions.size > 0 ? (query.actionWeight ?? 0) : 0;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t]!;
      let score = scores[slot]! * popcount(masks[slot]!);
      const summarySize = this.#summarySizes[slot]!;
      if (query.coverageWeight > 0 && summarySize > 0) score *= coverageBoost(Math.min(1, covered[slot]! / summarySize), query.coverageWeight);
      if (actionWeight > 0) {
        const action = this.#actions[slot];
        if (action !== undefined && query.actions!.has(action)) score *= 1 + actionWeight;
      }
      scores[slot] = score;
      masks[slot] = 0;
      covered[slot] = 0;
    }
    const sourceWeight = query.sourceWeight ?? 0;
    const bestSource = sourceWeight > 0 ? this.#rankSources(touched, touchedCount, scores) : 0;
    const sourceBest = this.#sourceBest;
    const sourceSecond = this.#sourceSecond;
    const best = new TopK(limit);
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t]!;
      const source = sources[slot]!;
      // A source scores the sum of its two best tools, relative to the best source's: 0–1.
      const boost = bestSource > 0 ? 1 + sourceWeight * ((sourceBest[source]! + sourceSecond[source]!) / bestSource) : 1;
      best.push(slot, scores[slot]! * boost);
      scores[slot] = 0;
    }
    if (bestSource > 0) {
      for (let t = 0; t < touchedCount; t++) {
        const source = sources[touched[t]!]!;
        sourceBest[source] = sourceSecond[source] = 0;
      }
    }
    return best.sorted().map(({ id, score }) => ({ key: keys[id]!, score }));
  }

  /** Fills each touched source's two best tool scores; returns the best source's sum of them. */
  #rankSources(touched: Int32Array, count: number, scores: Float64Array): number {
    const sources = this.#sourceOfSlot;
    const first = this.#sourceBest;
    const second = this.#sourceSecond;
    let best = 0;
    for (let t = 0; t < count; t++) {
      const slot = touched[t]!;
      const source = sources[slot]!;
      const score = scores[slot]!;
      if (score > first[source]!) {
        second[source] = first[source]!;
        first[source] = score;
      } else if (score > second[source]!) second[source] = score;
      best = Math.max(best, first[source]! + second[source]!);
    }
    return best;
  }

  #sourceId(source: string): number {
    let id = this.#sourceIds.get(source);
    if (id === undefined) this.#sourceIds.set(source, (id = this.#sourceIds.size));
    return id;
  }

  #ensureScratch(): void {
    const slots = this.#keys.length;
    if (this.#sourceBest.length < this.#sourceIds.size) {
      this.#sourceBest = new Float64Array(this.#sourceIds.size * 2);
      this.#sourceSecond = new Float64Array(this.#sourceIds.size * 2);
    }
    if (this.#scores.length >= slots) return;
    const size = Math.max(slots, Math.ceil(this.#scores.length * 1.5), 1024);
    this.#scores = new Float64Array(size);
    this.#masks = new Int32Array(size);
    this.#covered = new Uint16Array(size);
    this.#touched = new Int32Array(size);
  }

  /** Rebuilds the postings from the live documents, dropping removed ones for good. */
  #compact(): void {
    const docs = this.#analyses.filter((doc): doc is AnalyzedDocument => doc !== undefined);
    this.#slotOf.clear();
    this.#keys = [];
    this.#analyses = [];
    this.#sourceOfSlot = [];
    this.#lengths = LEXICAL_FIELDS.map(() => []);
    this.#lengthTotals.fill(0);
    this.#summarySizes = [];
    this.#actions = [];
    this.#postings = new Map();
    this.#vocabulary = undefined;
    this.#live = 0;
    for (const doc of docs) this.add(doc);
  }
}

function popcount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
}
