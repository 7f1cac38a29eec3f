import { describe, expect, it } from 'vitest';
import { parseRate } from './parse-rate.ts';
import { planTariffImport } from './plan-import.ts';
import type { StoredRate } from './repository.ts';
import type { TariffRow } from './tariff-row.ts';

function row(
  code: string,
  text: string,
  validFrom: string,
  validTo: string | null = null,
  line: number | string = 2,
): TariffRow {
  const parsed = parseRate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { line, measure: 'import_duty', code, origin: null, ...parsed.rate, text, validFrom, validTo, source: 'test' };
}

function stored(id: number, code: string, text: string, validFrom: string, validTo: string | null = null): StoredRate {
  const { line: _line, ...version } = row(code, text, validFrom, validTo);
  return { id, ...version, source: 'earlier' };
}

describe('planTariffImport (issue 5 point 3)', () => {
  it('adds a rate not stored yet', () => {
    const plan = planTariffImport([], [row('0805', '5%', '2026-01-01')]);
    expect(plan).toMatchObject({ added: 1, changed: 0, unchanged: 0, rewrites: [] });
    expect(plan.inserts).toMatchObject([
      { code: '0805', kind: 'ad_valorem', percent: '5', validFrom: '2026-01-01', validTo: null },
    ]);
  });

  it('leaves an equal rate untouched, so importing a file twice changes nothing', () => {
    const plan = planTariffImport([stored(1, '0805', '5%', '2026-01-01')], [row('0805', '5 %', '2026-01-01')]);
    expect(plan).toEqual({ inserts: [], rewrites: [], added: 0, changed: 0, unchanged: 1, rejected: [] });
  });

  it('closes the version in force the day before a changed rate and opens a new one', () => {
    const plan = planTariffImport([stored(1, '0805', '5%', '2026-01-01')], [row('0805', '3%', '2026-07-01')]);
    expect(plan).toMatchObject({ added: 0, changed: 1, unchanged: 0 });
    expect(plan.rewrites).toMatchObject([
      { id: 1, percent: '5', validFrom: '2026-01-01', validTo: '2026-06-30', source: 'earlier' },
    ]);
    expect(plan.inserts).toMatchObject([{ percent: '3', validFrom: '2026-07-01', validTo: null }]);
  });

  it('corrects in place a version that began the same day', () => {
    const plan = planTariffImport([stored(1, '0805', '5%', '2026-01-01')], [row('0805', '7%', '2026-01-01')]);
    expect(plan.rewrites).toMatchObject([
      { id: 1, percent: '7', validFrom: '2026-01-01', validTo: null, source: 'test' },
    ]);
    expect(plan).toMatchObject({ inserts: [], changed: 1 });
  });

  it('re-importing an older file after a newer one changes nothing, and an old rate never runs into a later one', () => {
    const versions = [stored(1, '0805', '5%', '2026-01-01', '2026-06-30'), stored(2, '0805', '3%', '2026-07-01')];
    expect(planTariffImport(versions, [row('0805', '5%', '2026-01-01')])).toMatchObject({
      unchanged: 1,
      rewrites: [],
      inserts: [],
    });
    const older = planTariffImport(versions, [row('0805', '6%', '2025-01-01')]);
    expect(older).toMatchObject({ added: 1, rewrites: [] });
    expect(older.inserts).toMatchObject([{ percent: '6', validFrom: '2025-01-01', validTo: '2025-12-31' }]);
  });

  it('ends an open version when the file gives the same rate an end date', () => {
    const plan = planTariffImport(
      [stored(1, '0805', '5%', '2026-01-01')],
      [row('0805', '5%', '2026-01-01', '2026-12-31')],
    );
    expect(plan.rewrites).toMatchObject([{ id: 1, validTo: '2026-12-31' }]);
    expect(plan.changed).toBe(1);
  });

  it('reports a repeated row and refuses rows that give one code two rates over the same days', () => {
    const plan = planTariffImport(
      [],
      [
        row('0805', '5%', '2026-01-01', null, 2),
        row('0805', '5%', '2026-01-01', null, 3),
        row('0806', '5%', '2026-01-01', null, 4),
        row('0806', '0', '2026-01-01', null, 5),
      ],
    );
    expect(plan.added).toBe(1);
    expect(plan.rejected).toEqual([
      { line: 3, reason: 'repeats the rate of 0805 at 2', text: '5%' },
      {
        line: 4,
        reason: 'contradicts another row for 0806 over the same days (5 says "0" from 2026-01-01)',
        text: '5%',
      },
      {
        line: 5,
        reason: 'contradicts another row for 0806 over the same days (4 says "5%" from 2026-01-01)',
        text: '0',
      },
    ]);
  });

  it('takes successive periods of one code from one file', () => {
    const plan = planTariffImport(
      [],
      [row('0805', '3%', '2026-07-01', null, 3), row('0805', '5%', '2026-01-01', '2026-06-30', 2)],
    );
    expect(plan).toMatchObject({ added: 2, rejected: [] });
    expect(plan.inserts.map((v) => [v.percent, v.validFrom, v.validTo])).toEqual([
      ['5', '2026-01-01', '2026-06-30'],
      ['3', '2026-07-01', null],
    ]);
  });
});
