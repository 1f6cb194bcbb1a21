import { identifierFrom, toolId, type ToolId } from '../../core/index.js';

// Tool ids: dotted, every segment a JavaScript identifier, unique within a source, so code mode can write
// `tools.github.local.work.issues.list_for_repo(...)`.

/**
 * The id an operation asks for: its operationId split on `/` and `.` with every other non-identifier character
 * turned into `_` (`issues/list-for-repo` → `issues.list_for_repo`), or `<method>_<path words>` without one
 * (`GET /pets/{petId}` → `get_pets_petId`).
 */
export function toolIdBaseFrom(operation: { operationId?: string | undefined; method: string; path: string }): string {
  const segments = (operation.operationId ?? '')
    .split(/[/.]/)
    .filter((segment) => segment.trim() !== '')
    .map(identifierFrom);
  if (segments.length > 0) return segments.join('.');
  const words = operation.path
    .split('/')
    .map((word) => word.replace(/[{}]/g, ''))
    .filter((word) => word !== '')
    .map(identifierFrom);
  return identifierFrom([operation.method.toLowerCase(), ...(words.length > 0 ? words : ['root'])].join('_'));
}

/**
 * Makes `bases` unique in order: every distinct base keeps its own name at its first use, and a repeat gets
 * the first free `_2`, `_3`, … suffix (never one another operation asked for).
 */
export function uniqueToolIds(bases: readonly string[]): ToolId[] {
  const taken = new Set(bases);
  const given = new Set<string>();
  return bases.map((base) => {
    let id = base;
    if (given.has(id)) {
      let suffix = 2;
      while (taken.has(`${base}_${suffix}`) || given.has(`${base}_${suffix}`)) suffix++;
      id = `${base}_${suffix}`;
    }
    given.add(id);
    return toolId(id);
  });
}
