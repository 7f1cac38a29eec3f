import { describe, expect, it } from 'vitest';
import { changesHeld, lagBehind, parseLsn } from './read-replicas.ts';

/** How far a standby is behind, from the primary's WAL positions noted at each check (issue 20 point 2). */
describe('a read replica’s lag', () => {
  const marks = [
    { at: 1_000, lsn: parseLsn('0/100') },
    { at: 2_000, lsn: parseLsn('0/200') },
    { at: 3_000, lsn: parseLsn('0/300') },
    { at: 9_000, lsn: parseLsn('0/400') },
  ];
  const lag = (replayed: string | null, sinceReplayMs: number | null = 0) =>
    lagBehind({
      marks,
      replayed: replayed === null ? null : parseLsn(replayed),
      sinceReplayMs,
      now: 10_000,
      maxLagMs: 5_000,
    });

  it('reads an LSN as one number, the high half first', () => {
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
  });

  it('is nothing for a standby that has replayed the primary’s last noted position', () => {
    expect(lag('0/400')).toBe(0);
    expect(lag('0/450')).toBe(0);
  });

  it('is the age of the oldest noted position it has not replayed', () => {
    expect(lag('0/350')).toBe(1_000);
    expect(lag('0/250')).toBe(7_000);
    expect(lag('0/150')).toBe(8_000);
  });

  it('goes by the standby’s own time since its last replay when the notes are too young to tell', () => {
    const young = [{ at: 9_000, lsn: parseLsn('0/400') }];
    const of = (sinceReplayMs: number | null) =>
      lagBehind({ marks: young, replayed: parseLsn('0/300'), sinceReplayMs, now: 10_000, maxLagMs: 5_000 });
    expect(of(60_000)).toBe(60_000);
    expect(of(200)).toBe(1_000);
    expect(of(null)).toBeNull();
  });

  it('is unknown without a replay position or a note of the primary', () => {
    expect(lag(null)).toBeNull();
    expect(lagBehind({ marks: [], replayed: 1n, sinceReplayMs: 0, now: 0, maxLagMs: 5_000 })).toBeNull();
  });
});

/** Which reference changes a standby holds (issue 20 points 1–2: a change heard is never read unseen). */
describe('the changes a read replica holds', () => {
  // each position of the primary noted after as many changes had been heard of
  const marks = [
    { at: 1_000, lsn: parseLsn('0/100'), heard: 3 },
    { at: 2_000, lsn: parseLsn('0/200'), heard: 4 },
    { at: 3_000, lsn: parseLsn('0/300'), heard: 4 },
  ];

  it('are those heard before the newest noted position it has replayed', () => {
    expect(changesHeld(marks, parseLsn('0/300'))).toBe(4);
    expect(changesHeld(marks, parseLsn('0/250'))).toBe(4);
    expect(changesHeld(marks, parseLsn('0/1FF'))).toBe(3);
  });

  it('are unknown while it is behind every noted position', () => {
    expect(changesHeld(marks, parseLsn('0/FF'))).toBeUndefined();
  });
});
