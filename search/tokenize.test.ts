import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it.each([
    ['splits path segments and path braces', '/repos/{owner}/{repo}', ['repos', 'owner', 'repo']],
    ['splits dots and snake_case', 'issues.list_for_repo', ['issues', 'list', 'for', 'repo']],
    ['splits an operationId with slashes and kebab-case', 'issues/list-for-repo', ['issues', 'list', 'for', 'repo']],
    ['splits camelCase and keeps the whole word too', 'listForRepo', ['listforrepo', 'list', 'for', 'repo']],
    ['splits PascalCase', 'ListForRepo', ['listforrepo', 'list', 'for', 'repo']],
    ['ends an acronym where a capitalised word begins', 'HTTPServerError', ['httpservererror', 'http', 'server', 'error']],
    ['keeps an acronym inside camelCase together', 'getURLPath', ['geturlpath', 'get', 'url', 'path']],
    ['keeps a brand name whole beside its parts', 'GitHub Actions', ['github', 'git', 'hub', 'actions']],
    ['keeps letters and digits together', 'SHA256 and v3', ['sha256', 'and', 'v3']],
    ['splits a digit followed by a capital', 'v2Beta', ['v2beta', 'v2', 'beta']],
    ['lowercases', 'Delete A REPOSITORY', ['delete', 'a', 'repository']],
    ['joins across apostrophes', "the user's repos", ['the', 'users', 'repos']],
    ['drops links in prose', 'See https://docs.github.com/rest/issues#list for more.', ['see', 'for', 'more']],
    ['splits kebab-case headers', 'x-github-api-version', ['x', 'github', 'api', 'version']],
    ['keeps letters outside ASCII', 'Crème brûlée', ['crème', 'brûlée']],
    ['returns nothing for blank or punctuation-only text', '  -- / {} ', []],
  ])('%s: %j', (_, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});
