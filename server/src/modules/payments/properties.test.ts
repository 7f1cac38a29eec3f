import { seededRandom } from '@shekara/nca/testing';
import { describe, expect, it } from 'vitest';
import { applyRate, type ItemMeasures } from './apply-rate.ts';
import { calculatePayments, type GoodsItem } from './calculate.ts';
import { phrases } from './explanations.ts';
import { compare, exact, formatTiyn, roundToTiyn } from './money.ts';
import { factsOn, percent, rate } from './testing.ts';

/**
 * Properties over generated declarations (issue 16 point 5). The generator is seeded, so a
 * failure names its seed and repeats exactly.
 */
function generator(seed: number) {
  const random = seededRandom(seed);
  const int = (max: number) => random.int(max + 1);
  /** a decimal string up to `max` with `places` places, written without floating point */
  const decimal = (max: number, places: number) => {
    const fraction = places === 0 ? '' : `.${String(int(10 ** places - 1)).padStart(places, '0')}`;
    return `${int(max)}${fraction}`;
  };
  const pick = <T>(list: readonly T[]) => list[int(list.length - 1)]!;
  return { int, decimal, pick };
}

const exchange: Record<string, [number, string]> = { EUR: [1, '601.35'], USD: [1, '520.01'], UZS: [100, '4.37'] };
const currencies = ['EUR', 'USD', 'UZS', 'KZT'] as const;

function randomTariff(g: ReturnType<typeof generator>) {
  const p = g.decimal(40, 1);
  const amount = g.decimal(5, 2);
  const currency = g.pick(['EUR', 'USD', 'KZT']);
  const terms = { percent: p, amount, currency, unit: '166' };
  return g.pick([
    percent(p),
    rate(`${amount} ${currency} за 1 кг`, { ...terms, kind: 'specific', percent: null }),
    rate(`${p}%, но не менее ${amount} ${currency} за 1 кг`, { ...terms, kind: 'combined' }),
    rate(`${p}% плюс ${amount} ${currency} за 1 кг`, { ...terms, kind: 'ad_valorem_plus_specific' }),
  ]);
}

describe('payments engine: properties', () => {
  it("the totals are the sums of the lines, the total the sum of the totals, and each VAT base adds its item's lines", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const g = generator(seed);
      const count = 1 + g.int(8);
      const byCode: Record<
        string,
        { importDuty: ReturnType<typeof randomTariff>; excise?: ReturnType<typeof rate>[] }
      > = {};
      const items: GoodsItem[] = [];
      for (let i = 0; i < count; i++) {
        const hsCode = `84${String(i).padStart(8, '0')}`;
        byCode[hsCode] = {
          importDuty: randomTariff(g),
          ...(g.int(1) === 1 && { excise: [rate('7 KZT за 1 кг', { amount: '7', currency: 'KZT', unit: '166' })] }),
        };
        items.push({
          hsCode,
          invoiceValue: g.decimal(10_000_000, 2),
          currency: g.pick(currencies),
          netMassKg: g.decimal(100_000, 3),
        });
      }
      const facts = factsOn(g.pick(['2025-12-31', '2026-01-01']), byCode, exchange);
      const calculation = calculatePayments({ date: facts.date, procedure: '40', items }, facts);

      const byType = new Map<string, bigint>();
      for (const line of calculation.lines)
        byType.set(line.paymentType, (byType.get(line.paymentType) ?? 0n) + line.amountTiyn);
      expect(calculation.totals, `seed ${seed}`).toEqual(byType);
      expect(calculation.total, `seed ${seed}`).toBe([...byType.values()].reduce((a, b) => a + b, 0n));

      for (let number = 1; number <= count; number++) {
        const lines = calculation.lines.filter((line) => line.item === number);
        const vat = lines.find((line) => line.paymentType === '5010')!;
        const others = lines.filter((line) => line.paymentType !== '5010');
        expect(vat.baseTiyn, `seed ${seed} item ${number}`).toBe(
          others[0]!.baseTiyn + others.reduce((sum, line) => sum + line.amountTiyn, 0n),
        );
        for (const line of lines) expect(line.amountTiyn >= 0n, `seed ${seed}`).toBe(true);
      }
    }
  });

  it('a combined duty is never below either of its parts, and "X % плюс Y" is never below their sum rounded', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const g = generator(seed);
      const p = g.decimal(40, 1);
      const amount = g.decimal(5, 2);
      const currency = g.pick(['EUR', 'USD', 'KZT']);
      const item: ItemMeasures = {
        hsCode: '0203111000',
        customsValueTiyn: BigInt(g.int(1_000_000_000)),
        netMassKg: exact(g.decimal(50_000, 3)),
        quantity: undefined,
      };
      const facts = factsOn('2026-04-07', {}, exchange);
      const terms = { percent: p, amount, currency, unit: '166' };
      const byValue = applyRate(percent(p), item, facts, phrases.ru).amount;
      const byQuantity = applyRate(
        rate('specific', { ...terms, kind: 'specific', percent: null }),
        item,
        facts,
        phrases.ru,
      ).amount;
      const combined = applyRate(rate('combined', { ...terms, kind: 'combined' }), item, facts, phrases.ru).amount;
      const sum = applyRate(
        rate('sum', { ...terms, kind: 'ad_valorem_plus_specific' }),
        item,
        facts,
        phrases.ru,
      ).amount;
      const context = `seed ${seed}: ${p}% / ${amount} ${currency}, value ${formatTiyn(item.customsValueTiyn)}`;
      expect(compare(combined, byValue), context).toBeGreaterThanOrEqual(0);
      expect(compare(combined, byQuantity), context).toBeGreaterThanOrEqual(0);
      expect(
        roundToTiyn(combined) >= roundToTiyn(byValue) && roundToTiyn(combined) >= roundToTiyn(byQuantity),
        context,
      ).toBe(true);
      expect(compare(sum, combined), context).toBeGreaterThanOrEqual(0);
    }
  });
});
