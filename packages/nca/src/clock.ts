/**
 * Where the verifier reads "now" when no moment is asked for: certificates expire, so a caller's
 * tests must be able to set the time. Any object with `now()` will do.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
