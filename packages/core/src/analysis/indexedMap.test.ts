import { describe, expect, it } from 'vitest';
import { IndexedMap } from './indexedMap.js';

describe('IndexedMap', () => {
  const map = new IndexedMap(
    new Map([
      ['a', 1],
      ['b', 0],
    ]),
    ['second', 'first'],
  );

  it('reads items through the index', () => {
    expect([map.get('a'), map.get('b'), map.get('c'), map.has('b'), map.has('c'), map.size]).toEqual([
      'first',
      'second',
      undefined,
      true,
      false,
      2,
    ]);
  });

  it('iterates like a Map, in index order', () => {
    expect([...map]).toEqual([
      ['a', 'first'],
      ['b', 'second'],
    ]);
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect([...map.values()]).toEqual(['first', 'second']);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['a=first', 'b=second']);
  });
});
