import { isRecord } from './json-pointer.js';

// OpenAPI parameter serialization (styles and `explode`) for path, query, header and cookie values.
// https://spec.openapis.org/oas/v3.1.0#style-values

const DELIMITERS: Record<string, string> = {
  spaceDelimited: '%20',
  pipeDelimited: '%7C',
  tabDelimited: '%09',
};

const encode = encodeURIComponent;

/** The text of one value: strings as they are, nested structures as JSON. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A path parameter's replacement for `{name}`, percent-encoded (styles `simple`, `label`, `matrix`). */
export function pathValue(name: string, value: unknown, style = 'simple', explode = false): string {
  const pieces = Array.isArray(value)
    ? value.map((item) => encode(textOf(item)))
    : isRecord(value)
      ? pairsOf(value).flatMap(([key, item]) => (explode ? [`${encode(key)}=${encode(item)}`] : [encode(key), encode(item)]))
      : [encode(textOf(value))];
  const multiple = Array.isArray(value) || isRecord(value);
  if (style === 'label') return `.${pieces.join(explode && multiple ? '.' : ',')}`;
  if (style === 'matrix') {
    if (!explode || !multiple) return `;${encode(name)}=${pieces.join(',')}`;
    const prefix = isRecord(value) ? ';' : `;${encode(name)}=`;
    return pieces.map((piece) => `${prefix}${piece}`).join('');
  }
  return pieces.join(',');
}

/** `key=value` pieces of a query parameter, percent-encoded (`form`, the delimited styles, `deepObject`). */
export function queryPieces(name: string, value: unknown, style = 'form', explode = true): string[] {
  const key = encode(name);
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null).map((item) => encode(textOf(item)));
    if (explode) return items.map((item) => `${key}=${item}`);
    return [`${key}=${items.join(DELIMITERS[style] ?? ',')}`];
  }
  if (isRecord(value)) {
    if (style === 'deepObject') return deepObjectPieces(key, value);
    const pairs = pairsOf(value);
    if (explode) return pairs.map(([field, item]) => `${encode(field)}=${encode(item)}`);
    return [`${key}=${pairs.flatMap(([field, item]) => [encode(field), encode(item)]).join(',')}`];
  }
  return [`${key}=${encode(textOf(value))}`];
}

/** A header parameter's value (style `simple`). */
export function headerValue(value: unknown, explode = false): string {
  if (Array.isArray(value)) return value.map(textOf).join(',');
  if (isRecord(value)) {
    return pairsOf(value)
      .flatMap(([field, item]) => (explode ? [`${field}=${item}`] : [field, item]))
      .join(',');
  }
  return textOf(value);
}

/** `name=value` pieces of a cookie parameter (style `form`). */
export function cookiePieces(name: string, value: unknown, explode = true): string[] {
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(textOf(item)));
    return explode ? items.map((item) => `${name}=${item}`) : [`${name}=${items.join(',')}`];
  }
  if (isRecord(value)) {
    const pairs = pairsOf(value);
    if (explode) return pairs.map(([field, item]) => `${field}=${encode(item)}`);
    return [`${name}=${pairs.flatMap(([field, item]) => [field, encode(item)]).join(',')}`];
  }
  return [`${name}=${encode(textOf(value))}`];
}

/** `filter[status]=open&filter[labels][name]=bug`; brackets stay literal, as servers parsing them expect. */
function deepObjectPieces(prefix: string, value: Record<string, unknown>): string[] {
  return Object.entries(value).flatMap(([field, item]) => {
    const key = `${prefix}[${encode(field)}]`;
    if (item === undefined || item === null) return [];
    if (isRecord(item)) return deepObjectPieces(key, item);
    if (Array.isArray(item)) return item.map((element) => `${key}=${encode(textOf(element))}`);
    return [`${key}=${encode(textOf(item))}`];
  });
}

function pairsOf(value: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([field, item]) => [field, textOf(item)]);
}
