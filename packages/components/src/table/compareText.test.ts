import { describe, expect, it } from 'vitest';
import { compareText, textCollator } from './compareText.js';

/** A small seeded generator, so a failure names a pair that can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Plain ASCII (the fast path), plus what must go to the collator: punctuation, a leading zero,
// accents and curly quotes as plans are typed in Word.
const ALPHABET = ['a', 'b', 'c', 'A', 'B', 'C', 'z', 'Z', '0', '1', '2', '9', ' ', ' ', '.', '-', '/', '(', "'", '’', 'é', 'É'];

function text(next: () => number, prefix: string): string {
  let out = prefix;
  const length = Math.floor(next() * 7);
  for (let k = 0; k < length; k++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('compareText', () => {
  it('orders as the collator does: spaces, numbers by value, letters ignoring case, a prefix first', () => {
    const pairs: [string, string, number][] = [
      ['Action 9', 'action 10', -1],
      ['Action 10', 'Action 9', 1],
      ['Action 1', 'Action1', -1],
      ['Action', 'Action 2', -1],
      ['abc', 'ABC', 0],
      ['2A', '2b', -1],
      ['10', '9', 1],
      ['123456789012345678901', '123456789012345678902', -1],
      ['z', '1', 1],
      ['', 'a', -1],
      ['', '', 0],
    ];
    for (const [x, y, expected] of pairs) {
      expect([x, y, compareText(x, y)]).toEqual([x, y, expected]);
      expect([x, y, sign(textCollator.compare(x, y))]).toEqual([x, y, expected]);
    }
  });

  it('leaves punctuation, accents and leading zeros to the collator', () => {
    const pairs: [string, string][] = [
      ['2A.1', '2A.10'],
      ['2A.1', '2A-1'],
      ['Action 01', 'Action 1'],
      ['Action 007', 'Action 7b'],
      ['café', 'cafe'],
      ['Éclair', 'eclair'],
      ['Children’s services', "Children's services"],
      ['LS/NM', 'LS NM'],
    ];
    for (const [x, y] of pairs) {
      expect([x, y, compareText(x, y)]).toEqual([x, y, sign(textCollator.compare(x, y))]);
      expect([y, x, compareText(y, x)]).toEqual([y, x, sign(textCollator.compare(y, x))]);
    }
  });

  it('agrees with the collator on 20,000 random pairs that often share a beginning', () => {
    const next = random(20261123);
    const disagreements: [string, string][] = [];
    for (let k = 0; k < 20_000; k++) {
      const shared = text(next, '');
      const x = text(next, shared);
      const y = text(next, shared);
      if (compareText(x, y) !== sign(textCollator.compare(x, y))) disagreements.push([x, y]);
    }
    expect(disagreements).toEqual([]);
  });
});
