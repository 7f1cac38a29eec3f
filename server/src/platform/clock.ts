/** The one source of "now": certificates expire and terms run, so tests must be able to set the time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved (tests). */
export function manualClock(
  start: Date | string,
): Clock & { advance(ms: number): void; set(time: Date | string): void } {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (time) => {
      current = new Date(time).getTime();
    },
  };
}
