import { z } from 'zod';

// How a source authenticates. The core applies it to every outgoing request; an agent never sees it filled.
// Each template names the secrets it needs: bearer → `token`, apiKey → `key`, basic → `username` + `password`.

export const AuthTemplateSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('bearer'),
    /** Header carrying the token. Default `Authorization`. */
    header: z.string().min(1).optional(),
    /** Text before the token. Default `Bearer ` (with `Authorization`), empty for other headers. */
    prefix: z.string().optional(),
  }),
  z.object({
    type: z.literal('apiKey'),
    in: z.enum(['header', 'query', 'cookie']),
    /** Header, query parameter or cookie name. */
    name: z.string().min(1),
  }),
  z.object({ type: z.literal('basic') }),
]);

export type AuthTemplate = z.infer<typeof AuthTemplateSchema>;

export const NO_AUTH: AuthTemplate = { type: 'none' };

/** Names of the secrets a template needs, in the order a single `secret` fills them. */
export function secretNamesOf(template: AuthTemplate): readonly string[] {
  switch (template.type) {
    case 'none':
      return [];
    case 'bearer':
      return ['token'];
    case 'apiKey':
      return ['key'];
    case 'basic':
      return ['username', 'password'];
  }
}
