import type { Clock } from '../clock.ts';

/** A clock that stands still at the moment last set (tests of expiry and revocation times). */
export function fixedClock(start: Date | string): Clock & { set(time: Date | string): void } {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (time) => {
      current = new Date(time).getTime();
    },
  };
}
