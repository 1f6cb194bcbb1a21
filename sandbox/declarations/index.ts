// JSON Schema → TypeScript declarations, printed for agents to read before they call a tool.

export { typeFromSchema } from './type-from-schema.js';
export { printToolDeclaration, printToolsDeclaration } from './tool-declaration.js';
export type { PrintableTool, ToolDeclarationOptions } from './tool-declaration.js';
export { defaultPrintOptions, outputPrintDefaults } from './print-options.js';
export type { DocCommentLevel, PrintOptions } from './print-options.js';
