import { stem } from '../stem.js';

// What a tool does and what a request asks for, as one of a few action classes: "call off the meeting"
// asks to delete, "Deletes an event" does; "book lunch on Friday" asks to create, "events.insert" does.
// Words alone miss it — the request's verb is rarely the API's — so the lexical ranker lifts tools whose
// action agrees with the request's (see `IndexQuery.actionWeight`).

/** A request that opens as a question ("what meetings do I have?", "is the build green?"). */
export const QUESTION = /^\s*(?:what|which|who|whom|how many|how much|is|are|do|does|did|when|where)\b/iu;

export const ACTION_CLASSES = ['create', 'delete', 'update', 'list', 'get', 'search', 'send', 'start', 'stop'] as const;
export type ActionClass = (typeof ACTION_CLASSES)[number];

/** API verbs by class. Stems, so `creates`, `deleting`, `updated` are found. */
const VERBS: Record<ActionClass, readonly string[]> = {
  create: ['create', 'add', 'insert', 'new', 'post', 'make', 'generate', 'register', 'book', 'upload', 'import', 'invite', 'open', 'file', 'submit', 'append'],
  delete: ['delete', 'remove', 'destroy', 'cancel', 'revoke', 'clear', 'purge', 'erase', 'drop', 'trash', 'unsubscribe', 'void', 'kill', 'abort', 'wipe', 'discard'],
  update: ['update', 'edit', 'modify', 'patch', 'change', 'set', 'rename', 'replace', 'move', 'configure', 'put', 'adjust', 'assign', 'mark', 'toggle'],
  list: ['list', 'all', 'browse', 'enumerate'],
  get: ['get', 'retrieve', 'fetch', 'show', 'read', 'view', 'describe', 'info', 'detail', 'download', 'export', 'check', 'see', 'look'],
  search: ['search', 'find', 'query', 'lookup', 'filter'],
  send: ['send', 'email', 'message', 'text', 'notify', 'publish', 'reply', 'forward', 'share', 'ping', 'broadcast', 'tweet'],
  start: ['start', 'run', 'trigger', 'dispatch', 'launch', 'resume', 'play', 'enable', 'activate', 'kick', 'begin', 'execute', 'deploy', 'restart', 'rerun'],
  stop: ['stop', 'pause', 'halt', 'suspend', 'disable', 'deactivate', 'end', 'terminate', 'finish', 'close', 'mute', 'snooze', 'freeze'],
};

const CLASS_OF_STEM = new Map<string, ActionClass>();
for (const [action, verbs] of Object.entries(VERBS) as [ActionClass, readonly string[]][]) {
  for (const verb of verbs) if (!CLASS_OF_STEM.has(stem(verb))) CLASS_OF_STEM.set(stem(verb), action);
}

/** The class of an index term (a stem), if it is an action verb. */
export function actionOfTerm(term: string): ActionClass | undefined {
  return CLASS_OF_STEM.get(term);
}

/**
 * A tool's action: the first action verb of its summary ("Deletes an event"), else of its id's last
 * segment (`create_review`, `PostRefunds`), else none. Summaries lead with the verb far more reliably
 * than ids, which often lead with a resource (`issues.list_for_repo`).
 */
export function actionOfTool(summaryTerms: readonly string[], idTerms: readonly string[]): ActionClass | undefined {
  const leading = summaryTerms[0];
  const fromSummary = leading === undefined ? undefined : actionOfTerm(leading);
  if (fromSummary) return fromSummary;
  for (const term of idTerms) {
    const action = actionOfTerm(term);
    if (action) return action;
  }
  return undefined;
}
