import { identifierFrom } from '../core/index.js';

// An agent that already knows a tool's name searches for it by that name (`issues.list_for_repo`,
// `github.issues.list_for_repo`, the operationId `issues/list-for-repo`, or a full address copied from an
// earlier result) and should get that tool first, whatever the rankers think of the words in it.

/** How closely a query names a tool; a higher tier is listed first. */
export type ExactMatchTier = 1 | 2 | 3;

export interface ExactMatch {
  key: string;
  source: string;
  /** 3: `source.toolId` or a full address; 2: the whole tool id; 1: a dotted suffix of it (`list_for_repo`). */
  tier: ExactMatchTier;
}

/** Finds the tools a query names outright. Kept in step with the documents of a search index. */
export interface ExactMatcher {
  add(key: string, source: string, toolId: string): void;
  remove(key: string): void;
  match(query: string, source?: string): ExactMatch[];
}

/** An address is `<source>.<scope>.<connection>.<tool…>`; scope and connection name no tool. */
const ADDRESS_PREFIX_SEGMENTS = 3;

export function createExactMatcher(): ExactMatcher {
  /** Lowercased dotted name → the tools it names, with the tier of each. */
  const byName = new Map<string, Map<string, ExactMatch>>();
  /** key → the names it was filed under, so `remove` does not have to scan. */
  const namesByKey = new Map<string, string[]>();

  function remove(key: string): void {
    for (const name of namesByKey.get(key) ?? []) {
      const matches = byName.get(name);
      matches?.delete(key);
      if (matches?.size === 0) byName.delete(name);
    }
    namesByKey.delete(key);
  }

  return {
    add(key, source, toolId) {
      remove(key);
      const names = namesOf(source, toolId);
      for (const [name, tier] of names) {
        let matches = byName.get(name);
        if (matches === undefined) byName.set(name, (matches = new Map()));
        matches.set(key, { key, source, tier });
      }
      namesByKey.set(key, [...names.keys()]);
    },
    remove,
    match(query, source) {
      const found = new Map<string, ExactMatch>();
      for (const [name, onlyTier] of candidateNames(query)) {
        for (const match of byName.get(name)?.values() ?? []) {
          if (onlyTier !== undefined && match.tier !== onlyTier) continue;
          if (source !== undefined && match.source !== source) continue;
          const tier = onlyTier ?? match.tier;
          if ((found.get(match.key)?.tier ?? 0) < tier) found.set(match.key, { ...match, tier });
        }
      }
      return [...found.values()];
    },
  };
}

/** Every dotted suffix of `source.toolId`, lowercased, with the tier a query equal to it earns. */
function namesOf(source: string, toolId: string): Map<string, ExactMatchTier> {
  const idSegments = toolId.toLowerCase().split('.');
  const names = new Map<string, ExactMatchTier>([[`${source.toLowerCase()}.${idSegments.join('.')}`, 3]]);
  idSegments.forEach((_, start) => {
    const name = idSegments.slice(start).join('.');
    if (!names.has(name)) names.set(name, start === 0 ? 2 : 1);
  });
  return names;
}

/**
 * The names a query could be, each with the only tier it may match (undefined: any). A query with spaces
 * is prose, not a name. An address is also tried as `source.toolId`, which only a tier-3 name can equal.
 */
function candidateNames(query: string): Map<string, ExactMatchTier | undefined> {
  const trimmed = query.trim();
  const candidates = new Map<string, ExactMatchTier | undefined>();
  if (trimmed === '' || /\s/.test(trimmed)) return candidates;
  // The same mapping that turns an operationId into a tool id, so `issues/list-for-repo` names
  // `issues.list_for_repo`.
  const segments = trimmed
    .split(/[./]/)
    .filter((segment) => segment !== '')
    .map((segment) => identifierFrom(segment).toLowerCase());
  if (segments.length === 0) return candidates;
  candidates.set(segments.join('.'), undefined);
  if (segments.length > ADDRESS_PREFIX_SEGMENTS) {
    const [source, ...rest] = segments;
    const asSourceTool = [source, ...rest.slice(ADDRESS_PREFIX_SEGMENTS - 1)].join('.');
    if (!candidates.has(asSourceTool)) candidates.set(asSourceTool, 3);
  }
  return candidates;
}
