import { createHash } from 'node:crypto';

/** A short, stable digest of some text, the key of the content cache. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
