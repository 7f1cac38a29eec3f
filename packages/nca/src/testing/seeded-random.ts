/**
 * A small deterministic generator (xorshift32) for randomised tests: the same seed gives the same
 * inputs, so a failure can be reproduced.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  return {
    int: (limit: number) => next() % limit,
    bytes: (length: number) => Uint8Array.from({ length }, () => next() & 0xff),
  };
}
