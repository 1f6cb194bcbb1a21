import { type AuthTemplate, NO_AUTH } from '../../core/index.js';
import { isRecord } from './json-pointer.js';
import type { DocumentSet } from './refs.js';
import type { SpecVersion } from './spec-objects.js';

// The auth a description declares, as one of the core's templates. The scheme the global `security` names
// comes first; otherwise the first declared scheme the core can apply. OAuth 2 and OpenID Connect end in a
// bearer token, which is how the core sends them.

export function authFrom(docs: DocumentSet, version: SpecVersion, warnings: string[]): AuthTemplate {
  const root = docs.rootNode();
  const schemesNode =
    version === '2.0'
      ? docs.child(root, 'securityDefinitions')
      : docs.child(docs.child(root, 'components'), 'securitySchemes');
  if (!isRecord(schemesNode.value)) return NO_AUTH;
  const declared = Object.keys(schemesNode.value);
  if (declared.length === 0) return NO_AUTH;
  const preferred = globalSchemeNames(root.value).filter((name) => declared.includes(name));
  for (const name of [...preferred, ...declared]) {
    let scheme: unknown;
    try {
      scheme = docs.deref(docs.child(schemesNode, name)).value;
    } catch {
      continue;
    }
    const template = templateFrom(scheme);
    if (template) return template;
  }
  warnings.push(
    `none of the security schemes (${declared.join(', ')}) maps to bearer, basic or apiKey auth; ` +
      'set "auth" in the source config',
  );
  return NO_AUTH;
}

function globalSchemeNames(root: unknown): string[] {
  const requirements = isRecord(root) && Array.isArray(root.security) ? root.security : [];
  return requirements.flatMap((requirement) => (isRecord(requirement) ? Object.keys(requirement) : []));
}

function templateFrom(scheme: unknown): AuthTemplate | undefined {
  if (!isRecord(scheme)) return undefined;
  const type = typeof scheme.type === 'string' ? scheme.type.toLowerCase() : '';
  switch (type) {
    case 'http': {
      const httpScheme = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
      if (httpScheme === 'bearer') return { type: 'bearer' };
      if (httpScheme === 'basic') return { type: 'basic' };
      return undefined;
    }
    case 'basic':
      return { type: 'basic' };
    case 'apikey': {
      const location = scheme.in;
      const name = scheme.name;
      const inKnownPlace = location === 'header' || location === 'query' || location === 'cookie';
      return inKnownPlace && typeof name === 'string' && name !== '' ? { type: 'apiKey', in: location, name } : undefined;
    }
    case 'oauth2':
    case 'openidconnect':
      return { type: 'bearer' };
    default:
      return undefined;
  }
}
