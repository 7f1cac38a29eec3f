import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

/** The definition, written plainly: the fast walk must give the very same bytes. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${reference(member)}`).join(',')}}`;
}

/** A small deterministic generator, so a failure repeats. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const keyPool = ['a', 'B', 'b', 'aa', '', 'hsCode', 'é', 'Ω', '𝄞', '\u0000', 'key "quoted"', '10', '9', 'z\nline'];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 5 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return [0, -0, 1.5, 1e21, -3, 123456789.123, 5e-7][Math.floor(next() * 7)];
    case 3:
      return ['', 'текст', 'quote " back \\ slash', 'tab\tnew\nline', '\u2028', '𝄞', 'ascii'][Math.floor(next() * 7)];
    case 4:
      return undefined;
    case 5:
    case 6: {
      const object: Record<string, unknown> = {};
      const n = Math.floor(next() * 6);
      for (let i = 0; i < n; i++) object[keyPool[Math.floor(next() * keyPool.length)]!] = value(next, depth + 1);
      return object;
    }
    default:
      return Array.from({ length: Math.floor(next() * 5) }, () => value(next, depth + 1));
  }
}

describe('canonical JSON (the bytes declarants sign)', () => {
  it('sorts keys by UTF-16 code units, drops undefined members, keeps array order, adds no spaces', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], B: null, é: true, '𝄞': 0, Ω: 1 })).toBe(
      '{"B":null,"a":[3,{"c":"x"}],"b":1,"é":true,"Ω":1,"𝄞":0}',
    );
    expect(canonicalJson('строка')).toBe('"строка"');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('gives the same bytes as the plain definition on 5,000 generated values', () => {
    const next = random(20261122);
    for (let i = 0; i < 5_000; i++) {
      const v = value(next, 0);
      expect(canonicalJson(v), JSON.stringify(v)).toBe(reference(v));
    }
  });
});
