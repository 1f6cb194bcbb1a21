/** What a secret is replaced with wherever it would otherwise leave the core. */
export const REDACTED = '[redacted]';

// A secret shorter than this would match ordinary text everywhere; such a value is no real credential.
const MIN_REDACTABLE_LENGTH = 4;

/** Replaces every occurrence of each secret value (and its base64/URL-encoded forms) in text. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < MIN_REDACTABLE_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')])) {
      if (result.includes(form)) result = result.split(form).join(REDACTED);
    }
  }
  return result;
}
