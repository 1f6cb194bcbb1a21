// Learned bridges from request words to operation words. A table built offline (see `learn-associations.ts`)
// from requests paired with the operation that answers them says, per request word, which operation terms
// it stands for and how strongly: `bin` → `trash`, `money` → `refund`, `who` → `member`. At query time each
// word of a request adds its associated terms, weighted by the association, as the same idea as the word.

/** Per normalised request word: operation terms and how strongly the word stands for each (0–1]. */
export type AssociationTable = Readonly<Record<string, readonly (readonly [term: string, strength: number])[]>>;

export interface Association {
  /** Index of the request word in the list given to `expand`. */
  word: number;
  term: string;
  strength: number;
}

export class TermAssociations {
  /** A Map, not the object: a request word such as `constructor` must not reach the prototype. */
  readonly #table: ReadonlyMap<string, AssociationTable[string]>;

  constructor(table: AssociationTable) {
    this.#table = new Map(Object.entries(table));
  }

  /** The associated terms of each word, skipping terms the request already has. */
  expand(words: readonly string[]): Association[] {
    const present = new Set(words);
    const found: Association[] = [];
    words.forEach((word, index) => {
      for (const [term, strength] of this.#table.get(word) ?? []) {
        if (!present.has(term)) found.push({ word: index, term, strength });
      }
    });
    return found;
  }

  get size(): number {
    return this.#table.size;
  }
}
