import { describe, expect, it } from 'vitest';
import { formatSummary } from './import-report.ts';

describe('the import summary (issue 5 point 3)', () => {
  it('counts added, changed, unchanged and rejected rows, and names every rejected row with its line and reason', () => {
    const text = formatSummary({
      what: 'tariff',
      added: 3,
      changed: 1,
      unchanged: 10,
      rejected: [
        { line: 7, reason: 'a number without %: 15', text: '0101210000;15' },
        { line: '$.rates[9]', reason: 'no hs_code' },
      ],
    });
    expect(text).toBe(
      'tariff: 3 added, 1 changed, 10 unchanged, 2 rejected\n  rejected at 7: a number without %: 15 — 0101210000;15\n  rejected at $.rates[9]: no hs_code',
    );
  });

  it('lists at most the limit and says how many more', () => {
    const rejected = Array.from({ length: 5 }, (_, i) => ({ line: i + 1, reason: 'bad' }));
    expect(formatSummary({ what: 'x', added: 0, changed: 0, unchanged: 0, rejected }, 2).split('\n')).toEqual([
      'x: 0 added, 0 changed, 0 unchanged, 5 rejected',
      '  rejected at 1: bad',
      '  rejected at 2: bad',
      '  … and 3 more rejected rows',
    ]);
  });
});
