import { describe, expect, it } from 'vitest';
import { toolIdBaseFrom, uniqueToolIds } from './tool-id.js';

const op = (operationId: string | undefined, method = 'get', path = '/pets') => ({ operationId, method, path });

describe('toolIdBaseFrom', () => {
  it('splits an operationId on / and . and makes each segment an identifier', () => {
    expect(toolIdBaseFrom(op('issues/list-for-repo'))).toBe('issues.list_for_repo');
    expect(toolIdBaseFrom(op('pets.create'))).toBe('pets.create');
    expect(toolIdBaseFrom(op('2fa/enable user'))).toBe('_2fa.enable_user');
    expect(toolIdBaseFrom(op('/leading//double/'))).toBe('leading.double');
  });

  it('falls back to <method>_<path words> without an operationId', () => {
    expect(toolIdBaseFrom(op(undefined, 'get', '/pets/{petId}'))).toBe('get_pets_petId');
    expect(toolIdBaseFrom(op(undefined, 'post', '/v1/user-groups/{group-id}/members'))).toBe('post_v1_user_groups_group_id_members');
    expect(toolIdBaseFrom(op(undefined, 'get', '/'))).toBe('get_root');
    expect(toolIdBaseFrom(op('  ', 'delete', '/pets'))).toBe('delete_pets');
  });
});

describe('uniqueToolIds', () => {
  it('suffixes repeats with _2, _3 and never takes an id another operation asked for', () => {
    expect(uniqueToolIds(['a', 'a', 'a_2', 'a', 'b.c', 'b.c'])).toEqual(['a', 'a_3', 'a_2', 'a_4', 'b.c', 'b.c_2']);
  });
});
