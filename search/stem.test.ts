import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

describe('stem', () => {
  it.each([
    [['issue', 'issues'], 'issu'],
    [['repository', 'repositories'], 'repositori'],
    [['list', 'lists', 'listing', 'listed'], 'list'],
    [['cancel', 'cancels', 'cancelling', 'cancelled', 'canceled'], 'cancel'],
    [['label', 'labelled', 'labels'], 'label'],
    [['sell', 'selling'], 'sell'],
    [['create', 'creates', 'creating', 'created'], 'creat'],
    [['star', 'stars', 'starring', 'starred'], 'star'],
    [['run', 'runs', 'running'], 'run'],
    [['branch', 'branches'], 'branch'],
    [['status', 'statuses'], 'status'],
    [['release', 'releases'], 'releas'],
    [['policy', 'policies'], 'polici'],
    [['cookie', 'cookies'], 'cooki'],
    [['install', 'installed', 'installing'], 'install'],
    [['deploy', 'deploys', 'deployed'], 'deploy'],
    [['key', 'keys'], 'key'],
  ])('brings %j to %s', (words, expected) => {
    for (const word of words) expect(stem(word), word).toBe(expected);
  });

  it.each([
    ['access', 'a double s is not a plural'],
    ['analysis', 'an -is ending is not a plural'],
    ['string', 'no vowel would be left before -ing'],
    ['need', 'the -ed belongs to the word'],
    ['bus', 'words under four letters are already minimal'],
    ['oauth2', 'words with digits are names, not English'],
    ['add', 'undoubling would leave too short a stem'],
  ])('leaves %s alone (%s)', (word) => {
    expect(stem(word)).toBe(word);
  });

  it('keeps a plural stem long enough to mean something', () => {
    expect(stem('uses')).toBe('use');
  });
});
