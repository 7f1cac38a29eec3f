import type { Rate } from '@shekara/contracts/reference/tariffs';
import { PaymentErrors } from './errors.ts';
import { type Phrases, phrases } from './explanations.ts';
import { type CalculationFacts, tengePer } from './facts.ts';
import {
  compare,
  type Exact,
  exact,
  formatExact,
  formatTiyn,
  fromTiyn,
  percentOf,
  plus,
  roundToTiyn,
  times,
  whole,
  zero,
} from './money.ts';
import { gram, kilogram, tonne } from './units.ts';

/** What a rate is applied to: one goods item's customs value (already rounded) and quantities. */
export interface ItemMeasures {
  hsCode: string;
  customsValueTiyn: bigint;
  /** the customs value written out ("1234.50"), made once per item: every line of the item repeats it */
  customsValueText?: string;
  netMassKg: Exact;
  quantity: { value: Exact; unit: string } | undefined;
}

export interface Charged {
  /** the amount, unrounded: a preference takes its share of this */
  amount: Exact;
  /** the amount rounded to the tiyn, as the explanation writes it: the line's amount when no preference applies */
  tiyn: bigint;
  explanation: string;
}

/**
 * A duty or excise rate applied to one item (issue 16 point 1): ad valorem on the customs value;
 * specific per unit, the amount converted to tenge at the day's rate; combined "X %, но не менее
 * Y" the larger of the two; "X % плюс Y" their sum; free nothing.
 */
export function applyRate(rate: Rate, item: ItemMeasures, facts: CalculationFacts, words: Phrases): Charged {
  switch (rate.kind) {
    case 'free':
      return { amount: zero, tiyn: 0n, explanation: words.free(rate.text) };
    case 'ad_valorem':
      return adValorem(rate, item);
    case 'specific':
      return specific(rate, item, facts, words);
    case 'combined': {
      const byValue = adValorem(rate, item);
      const byQuantity = specific(rate, item, facts, words);
      // the larger part, with its amount already rounded (by value when the two are equal)
      const chosen = compare(byValue.amount, byQuantity.amount) >= 0 ? byValue : byQuantity;
      return {
        amount: chosen.amount,
        tiyn: chosen.tiyn,
        explanation: words.larger(byValue.explanation, byQuantity.explanation, formatTiyn(chosen.tiyn)),
      };
    }
    case 'ad_valorem_plus_specific': {
      const byValue = adValorem(rate, item);
      const byQuantity = specific(rate, item, facts, words);
      const sum = plus(byValue.amount, byQuantity.amount);
      const tiyn = roundToTiyn(sum);
      return {
        amount: sum,
        tiyn,
        explanation: words.sum(byValue.explanation, byQuantity.explanation, formatTiyn(tiyn)),
      };
    }
  }
}

/** A rate's figures as exact values, read once per rate however many items it is applied to. */
const figures = new WeakMap<Rate, { percent: Exact; amount: Exact }>();
function figuresOf(rate: Rate): { percent: Exact; amount: Exact } {
  let held = figures.get(rate);
  if (!held) {
    held = { percent: exact(rate.percent ?? '0'), amount: exact(rate.amount ?? '0') };
    figures.set(rate, held);
  }
  return held;
}

function adValorem(rate: Rate, item: ItemMeasures): Charged {
  const { percent } = figuresOf(rate);
  const amount = percentOf(fromTiyn(item.customsValueTiyn), percent);
  const tiyn = roundToTiyn(amount);
  return {
    amount,
    tiyn,
    explanation: `${rate.percent} % × ${item.customsValueText ?? formatTiyn(item.customsValueTiyn)} = ${formatTiyn(tiyn)}`,
  };
}

function specific(rate: Rate, item: ItemMeasures, facts: CalculationFacts, words: Phrases): Charged {
  const unit = rate.unit ?? kilogram;
  const currency = rate.currency ?? 'KZT';
  const quantity = quantityIn(unit, item);
  const { perUnit, written, explained } = tengePer(facts, currency, words);
  const amount = times(times(figuresOf(rate).amount, quantity), perUnit);
  const tiyn = roundToTiyn(amount);
  const conversion = currency === 'KZT' ? '' : ` × ${written} (${explained})`;
  return {
    amount,
    tiyn,
    explanation: words.perUnit(
      rate.amount ?? '0',
      currency,
      words.unit(unit),
      formatExact(quantity, 6),
      conversion,
      formatTiyn(tiyn),
    ),
  };
}

/** The item's quantity in the rate's unit: mass from the net mass, any other unit from the declared quantity in it. */
function quantityIn(unit: string, item: ItemMeasures): Exact {
  if (unit === kilogram) return item.netMassKg;
  if (unit === tonne) return times(item.netMassKg, { n: 1n, d: 1000n });
  if (unit === gram) return times(item.netMassKg, whole(1000));
  if (item.quantity?.unit === unit) return item.quantity.value;
  const name = { kk: phrases.kk.unit(unit), ru: phrases.ru.unit(unit), en: phrases.en.unit(unit) };
  throw PaymentErrors.PAYMENTS_QUANTITY_MISSING({ code: item.hsCode, unit: name });
}
