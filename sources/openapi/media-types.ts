// Choosing among the media types and status codes an operation declares.

export const FORM_URLENCODED = 'application/x-www-form-urlencoded';
export const MULTIPART = 'multipart/form-data';

/** `application/json`, `application/vnd.github+json`, `application/json; charset=utf-8`, … */
export function isJsonMediaType(type: string): boolean {
  const essence = essenceOf(type);
  return essence === 'application/json' || essence.endsWith('+json');
}

/** The declared body media type to use: JSON first, then a form, then multipart, then the first declared. */
export function requestMediaType(types: readonly string[]): string | undefined {
  return (
    types.find((type) => essenceOf(type) === 'application/json') ??
    types.find(isJsonMediaType) ??
    types.find(isWildcard) ??
    types.find((type) => essenceOf(type) === FORM_URLENCODED) ??
    types.find((type) => essenceOf(type) === MULTIPART) ??
    types[0]
  );
}

/** The Content-Type to send for a declared media type: a wildcard becomes JSON, which arguments already are. */
export function contentTypeToSend(type: string): string {
  return isWildcard(type) ? 'application/json' : type;
}

/** The response media type whose schema describes the result: JSON first, then a wildcard, then the first. */
export function responseMediaType(types: readonly string[]): string | undefined {
  return types.find(isJsonMediaType) ?? types.find(isWildcard) ?? types[0];
}

/** The success response that describes a result: 200, then 201, then the lowest 2xx, then `2XX`. */
export function successStatus(codes: readonly string[]): string | undefined {
  if (codes.includes('200')) return '200';
  if (codes.includes('201')) return '201';
  const explicit = codes.filter((code) => /^2\d\d$/.test(code)).sort();
  return explicit[0] ?? codes.find((code) => code.toUpperCase() === '2XX');
}

export function essenceOf(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase();
}

function isWildcard(type: string): boolean {
  const essence = essenceOf(type);
  return essence === '*/*' || essence === 'application/*';
}
