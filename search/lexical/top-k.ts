/** One scored item. */
export interface Scored {
  id: number;
  score: number;
}

/**
 * The `k` best-scoring items of a stream, best first, in O(n log k) with a min-heap of the current best:
 * a query that touches 100,000 documents sorts only the few it returns. Ties keep the earlier item.
 */
export class TopK {
  readonly #k: number;
  readonly #heap: Scored[] = [];
  #seq = 0;
  readonly #order: number[] = [];

  constructor(k: number) {
    this.#k = Math.max(0, Math.floor(k));
  }

  push(id: number, score: number): void {
    if (this.#k === 0) return;
    const heap = this.#heap;
    if (heap.length < this.#k) {
      heap.push({ id, score });
      this.#order.push(this.#seq++);
      this.#up(heap.length - 1);
    } else if (score > heap[0]!.score) {
      heap[0] = { id, score };
      this.#order[0] = this.#seq++;
      this.#down(0);
    }
  }

  /** The kept items, best first; among equal scores the one pushed first comes first. */
  sorted(): Scored[] {
    return this.#heap
      .map((item, index) => ({ item, order: this.#order[index]! }))
      .sort((a, b) => b.item.score - a.item.score || a.order - b.order)
      .map(({ item }) => item);
  }

  /** `a` is worse than `b`: lower score, or equal score and pushed later. */
  #worse(a: number, b: number): boolean {
    const heap = this.#heap;
    return heap[a]!.score < heap[b]!.score || (heap[a]!.score === heap[b]!.score && this.#order[a]! > this.#order[b]!);
  }

  #swap(a: number, b: number): void {
    const heap = this.#heap;
    const order = this.#order;
    [heap[a], heap[b]] = [heap[b]!, heap[a]!];
    [order[a], order[b]] = [order[b]!, order[a]!];
  }

  #up(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#worse(index, parent)) return;
      this.#swap(index, parent);
      index = parent;
    }
  }

  #down(index: number): void {
    const length = this.#heap.length;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < length && this.#worse(left, worst)) worst = left;
      if (right < length && this.#worse(right, worst)) worst = right;
      if (worst === index) return;
      this.#swap(index, worst);
      index = worst;
    }
  }
}
