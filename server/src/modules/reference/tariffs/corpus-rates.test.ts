import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusMissing } from '../../../testing/corpus.ts';
import { planTariffImport } from './plan-import.ts';
import { readTariffJson } from './read-tariff-json.ts';
import type { TariffFile } from './tariff-row.ts';

/**
 * Every rate form of the third-party EAEU tariff compilation in ../shared/corpus/ett (issue 5
 * point 10): how many rows each file yields, and each malformed row with its reason. The counts
 * are exact, so a change to the parser or the corpus is noticed.
 */
const missing = corpusMissing('ett/eec_ett_normative_bundle.json');

function read(name: string): TariffFile {
  return readTariffJson(JSON.parse(fs.readFileSync(path.join(corpusDir, 'ett', name), 'utf8')));
}

function kinds(file: TariffFile): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of file.rows) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
  return counts;
}

describe.skipIf(missing)(`tariff corpus ${missing ?? ''}`, () => {
  it('reads 13,300 of the 13,319 import duty rows of eec_ett_normative_bundle.json, in every form, and names the 19 bare numbers it will not guess', () => {
    const file = read('eec_ett_normative_bundle.json');
    expect(file.what).toBe('import duty (eec_ett_v1, ett:2026-06-18)');
    expect(file.rows).toHaveLength(13_300);
    expect(kinds(file)).toEqual({
      free: 2216,
      ad_valorem: 9365,
      combined: 1072,
      specific: 613,
      ad_valorem_plus_specific: 34,
    });
    expect(file.rejected.map((row) => `${row.line} ${row.text}`)).toEqual([
      'rates[86] 0201100001: 15',
      'rates[1051] 0401101000: 5',
      'rates[1182] 0406900000: 8.0',
      'rates[1657] 1001110000: 5',
      'rates[2849] 2203000100: 5',
      'rates[3086] 2208905602: 15',
      'rates[3766] 2901100001: 4.6',
      'rates[4492] 3215110000: 5.0',
      'rates[4493] 3215110000: 5.0',
      'rates[4494] 3215110000: 5.0',
      'rates[7061] 6109100000: 12',
      'rates[7335] 6302100001: 12',
      'rates[7518] 6666: 10',
      'rates[8088] 7214100000: 10',
      'rates[8841] 7777: 5',
      'rates[10612] 8509400000: 8',
      'rates[10620] 8511100001: 17.23',
      'rates[10682] 8516101100: 8',
      'rates[13134] 9503001001: 5',
    ]);
    expect(file.rejected[0]!.reason).toBe(
      'a number without "%" or a currency and unit: cannot tell whether 15 % was meant',
    );
    // every unit the file uses maps to the EAEU classifier of units
    expect(new Set(file.rows.map((row) => row.unit).filter(Boolean))).toEqual(
      new Set(['166', '168', '112', '798', '796', '055', '715', '111']),
    );
    expect(file.rows.find((row) => row.code === '3401110001')).toMatchObject({
      kind: 'ad_valorem_plus_specific',
      percent: '4.5',
      amount: '0.02',
      currency: 'EUR',
      unit: '166',
    });
    expect(file.rows.find((row) => row.code === '1701121001')).toMatchObject({
      kind: 'specific',
      amount: '250',
      currency: 'USD',
      unit: '168',
    });
  });

  it('refuses every row of the 16 codes the bundle gives two different rates, and reports the 6 repeated rows', () => {
    const plan = planTariffImport([], read('eec_ett_normative_bundle.json').rows);
    expect(plan.added).toBe(13_262);
    const contradictions = plan.rejected.filter((row) => row.reason.startsWith('contradicts'));
    expect(contradictions).toHaveLength(32);
    expect(contradictions[0]).toEqual({
      line: 'rates[3355]',
      reason: 'contradicts another row for 2707501000 over the same days (rates[3356] says "0.0" from 2026-01-01)',
      text: '5%',
    });
    expect(plan.rejected.filter((row) => row.reason.startsWith('repeats')).map((row) => row.line)).toEqual([
      'rates[3389]',
      'rates[3410]',
      'rates[4056]',
      'rates[4496]',
      'rates[4497]',
      'rates[4498]',
    ]);
  });

  it('reads 2 of the 36 excise rows of eec_excise.json: the others give an amount without saying per what, or one number for a combined rate', () => {
    const file = read('eec_excise.json');
    expect(file.rows.map((row) => [row.code, row.kind, row.percent])).toEqual([
      ['8703221010', 'free', null],
      ['2711210000', 'ad_valorem', '30'],
    ]);
    expect(file.rejected).toHaveLength(34);
    expect(file.rejected.filter((row) => row.reason.startsWith('a fixed excise'))).toHaveLength(32);
    expect(file.rejected.filter((row) => row.reason.startsWith('a combined excise')).map((row) => row.line)).toEqual([
      'rates[12]',
      'rates[13]',
    ]);
  });

  it('reads the trade remedies by code and origin country, with their own dates', () => {
    const antiDumping = read('eec_anti_dumping.json');
    expect(antiDumping.what).toBe('anti-dumping duty (eec_trade_remedies_v1, anti-dumping:2026-06-23)');
    expect(antiDumping.rows).toHaveLength(26);
    expect(antiDumping.rejected).toEqual([]);
    expect(antiDumping.rows.find((row) => row.code === '730640')).toMatchObject({
      origin: 'CN',
      percent: '17.28',
      validFrom: '2021-02-09',
      validTo: '2026-11-12',
    });
    // two measures on heading 7304 from China at once (different goods under one heading): neither is guessed
    expect(planTariffImport([], antiDumping.rows).rejected.map((row) => row.line)).toEqual([
      'measures[4]',
      'measures[18]',
    ]);

    const countervailing = read('eec_countervailing.json');
    expect(countervailing.rows.map((row) => [row.measure, row.code, row.origin, row.percent])).toEqual([
      ['countervailing', '4810', 'CN', '12.8'],
      ['countervailing', '3904', 'CN', '8.5'],
    ]);
    const special = read('eec_special_safeguard.json');
    expect(special.rows.map((row) => [row.measure, row.code, row.origin, row.percent])).toEqual([
      ['special', '7306', null, '16.04'],
      ['special', '7210', null, '20'],
      ['special', '7228', null, '15'],
    ]);
  });
});
