// Tool declarations: `declare namespace tools.<source>.<scope>.<connection>.<…> { function <name>(args): … }`,
// shaped so code mode's `tools.<address>(args)` reads (and type-checks) exactly as declared.

import { identifierFrom, type JsonSchema, type JsonSchemaObject } from '../../core/index.js';
import { docTextFrom, printDocComment } from './doc-comment.js';
import { outputPrintDefaults, resolvePrintOptions, type PrintOptions } from './print-options.js';
import { hasRequiredProperties } from './schema-refs.js';
import { typeFromSchema } from './type-from-schema.js';

const INDENT = '  ';
// Words a function declaration cannot be named; a tool named so is declared as a method of an object type.
const RESERVED_WORDS = new Set([
  ...'break case catch class const continue debugger default delete do else enum export extends false'.split(' '),
  ...'finally for function if import in instanceof new null return super switch this throw true try'.split(' '),
  ...'typeof var void while with'.split(' '),
]);

/** What the printer needs of a tool. */
export interface PrintableTool {
  /** `<source>.<scope>.<connection>.<dotted tool id>`; segments that are not identifiers are made into one. */
  address: string;
  /** One line; the first paragraph of the JSDoc. */
  summary?: string;
  description: string;
  /** The arguments object. */
  inputSchema: JsonSchemaObject;
  /** The result; without it the function returns `Promise<unknown>`. */
  outputSchema?: JsonSchema;
}

/** Options of `printToolDeclaration` and `printToolsDeclaration`; `indent` in either is set by the printer. */
export interface ToolDeclarationOptions {
  /** How argument types print. Default: every level, JSDoc on every property. */
  input?: PrintOptions;
  /** How result types print. Default `{ maxDepth: 3, docs: 'top-level' }` (see `outputPrintDefaults`). */
  output?: PrintOptions;
  /** Longest summary and longest description paragraph in a tool's JSDoc. Default 300. */
  maxDocLength?: number;
}

interface NamespaceNode {
  name: string;
  children: Map<string, NamespaceNode>;
  tools: Array<{ name: string; tool: PrintableTool }>;
}

/**
 * Prints one tool as a TypeScript declaration.
 *
 * @example
 * const text = printToolDeclaration({
 *   address: 'github.local.work.issues.list_for_repo',
 *   description: 'List repository issues',
 *   inputSchema: { type: 'object', properties: { owner: { type: 'string' } }, required: ['owner'] },
 * });
 * // declare namespace tools.github.local.work.issues {
 * //   /** List repository issues *\/
 * //   function list_for_repo(args: { owner: string }): Promise<unknown>;
 * // }
 */
export function printToolDeclaration(tool: PrintableTool, options?: ToolDeclarationOptions): string {
  return printToolsDeclaration([tool], options);
}

/**
 * Prints several tools, one `declare namespace` block per namespace, tools of the same namespace merged in
 * the block, in the order the tools were given.
 */
export function printToolsDeclaration(tools: readonly PrintableTool[], options: ToolDeclarationOptions = {}): string {
  const root: NamespaceNode = { name: 'tools', children: new Map(), tools: [] };
  for (const tool of tools) addTool(root, tool);
  const blocks: string[] = [];
  if (needsObjectForm(root)) blocks.push(`declare const tools: ${printObjectForm(root, 0, options)};\n`);
  else collectBlocks(root, ['tools'], options, blocks);
  return blocks.join('\n');
}

function addTool(root: NamespaceNode, tool: PrintableTool): void {
  const segments = String(tool.address).split('.').map(identifierFrom);
  const name = segments.pop() ?? '_';
  let node = root;
  for (const segment of segments) {
    let child = node.children.get(segment);
    if (!child) {
      child = { name: segment, children: new Map(), tools: [] };
      node.children.set(segment, child);
    }
    node = child;
  }
  node.tools.push({ name, tool });
}

// A namespace holding a tool a function declaration cannot name becomes a constant of object type, whose
// members may be named anything; its whole subtree folds into that type. A constant cannot have a reserved
// name either, so such a namespace folds into its parent in turn.
function needsObjectForm(node: NamespaceNode): boolean {
  if (node.tools.some(({ name }) => RESERVED_WORDS.has(name))) return true;
  return [...node.children.values()].some((child) => RESERVED_WORDS.has(child.name) && needsObjectForm(child));
}

// Reserved words are fine as member names, but `new(…)` would be a construct signature.
function memberKey(name: string): string {
  return name === 'new' ? '"new"' : name;
}

function collectBlocks(node: NamespaceNode, path: string[], options: ToolDeclarationOptions, blocks: string[]): void {
  const objectChildren = [...node.children.values()].filter(needsObjectForm);
  const members: string[] = [];
  for (const { name, tool } of node.tools) {
    // A function beside an object-form namespace of the same name becomes that object's call signature.
    if (objectChildren.some((child) => child.name === name)) continue;
    members.push(printSignature(tool, `function ${name}`, 1, options));
  }
  for (const child of objectChildren) {
    members.push(`${INDENT}const ${child.name}: ${printObjectForm(child, 1, options, node)};\n`);
  }
  if (members.length > 0) blocks.push(`declare namespace ${path.join('.')} {\n${members.join('\n')}}\n`);
  for (const child of node.children.values()) {
    if (!needsObjectForm(child)) collectBlocks(child, [...path, child.name], options, blocks);
  }
}

function printObjectForm(
  node: NamespaceNode,
  indent: number,
  options: ToolDeclarationOptions,
  parent?: NamespaceNode,
): string {
  const members: string[] = [];
  for (const { name, tool } of parent?.tools ?? []) {
    if (name === node.name) members.push(printSignature(tool, '', indent + 1, options));
  }
  for (const { name, tool } of node.tools) {
    // A tool named like a child namespace is that child's call signature (printed there).
    if (!node.children.has(name)) members.push(printSignature(tool, memberKey(name), indent + 1, options));
  }
  for (const child of node.children.values()) {
    const type = printObjectForm(child, indent + 1, options, node);
    members.push(`${INDENT.repeat(indent + 1)}${memberKey(child.name)}: ${type};\n`);
  }
  return `{\n${members.join('\n')}${INDENT.repeat(indent)}}`;
}

// `head` is `function name`, a method name, or '' for a call signature.
function printSignature(tool: PrintableTool, head: string, indent: number, options: ToolDeclarationOptions): string {
  const pad = INDENT.repeat(indent);
  const input = { ...options.input, indent };
  const output = { ...outputPrintDefaults, ...options.output, indent };
  const args = typeFromSchema(tool.inputSchema, input);
  const optional = hasRequiredProperties(tool.inputSchema, tool.inputSchema) ? '' : '?';
  const result = tool.outputSchema === undefined ? 'unknown' : typeFromSchema(tool.outputSchema, output);
  const doc = printDocComment(toolDocLines(tool, options), pad);
  return `${doc}${pad}${head}(args${optional}: ${args}): Promise<${result}>;\n`;
}

function toolDocLines(tool: PrintableTool, options: ToolDeclarationOptions): string[] {
  const maxLength = resolvePrintOptions({ maxDocLength: options.maxDocLength }).maxDocLength;
  const summary = docTextFrom(tool.summary, maxLength);
  // Sources often open the description with the summary; saying it twice costs the agent tokens.
  const description = docTextFrom(withoutLeadingSummary(tool.description, tool.summary), maxLength);
  if (summary === '' || description === '' || description === summary) {
    return [summary || description].filter((line) => line !== '');
  }
  return [summary, '', description];
}

function withoutLeadingSummary(description: string, summary: string | undefined): string {
  const lead = summary?.trim();
  if (!lead) return description;
  const trimmed = description.trimStart();
  if (!trimmed.startsWith(lead)) return description;
  return trimmed.slice(lead.length).replace(/^[\s.:\-–—]+/, '');
}
