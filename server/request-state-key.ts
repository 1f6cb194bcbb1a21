import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_FILE = 'request-state.key';

/**
 * The HMAC key that signs approval `requestState`s. Kept in the home folder (mode 0600), not made per process:
 * a client may answer an approval after the server restarted, and the state it echoes must still verify.
 */
export function requestStateKey(home: string): Buffer {
  const path = join(home, KEY_FILE);
  try {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    if (key.length >= 32) return key;
  } catch {
    // First start: made below.
  }
  mkdirSync(home, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('hex'), { mode: 0o600 });
  chmodSync(path, 0o600);
  return key;
}
