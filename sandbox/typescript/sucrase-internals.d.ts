// sucrase's public entry point strips types but does not hand out its tokens, and transpileSnippet needs them
// to refuse what type stripping would silently drop (imports, namespaces). The parser ships under `dist/`,
// its declarations under `dist/types/`; these ambient modules join the two so the deep imports stay typed.
// Pinned by the `sucrase` version in package.json; the tests exercise every member used here.

declare module 'sucrase/dist/parser/index.js' {
  export { parse } from 'sucrase/dist/types/parser/index.js';
}

declare module 'sucrase/dist/parser/tokenizer/types.js' {
  export { TokenType } from 'sucrase/dist/types/parser/tokenizer/types.js';
}

declare module 'sucrase/dist/parser/tokenizer/keywords.js' {
  export { ContextualKeyword } from 'sucrase/dist/types/parser/tokenizer/keywords.js';
}
