/**
 * A small seeded generator (mulberry32), so that a demo document is the same for the same seed on
 * the server, in the browser and in tests.
 */
export interface DemoRandom {
  /** an integer from `min` to `max`, both included */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
}

export function demoRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
  };
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Money is counted in minor units (tiyn, cents) and shown with two places, so sums add up exactly. */
export const fromMinor = (minor: number): number => minor / 100;
