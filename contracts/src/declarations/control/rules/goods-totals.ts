import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Hit, Rule } from '../engine.ts';
import { differs, isNumber, listOf, money, say } from './define.ts';

/** Header totals against their items: boxes 5, 6, 12 and 22. Amounts agree to the cent. */
const kinds = ['goods'] as const;

const itemCount: Rule<GoodsDeclaration> = {
  id: 'goods.total.items',
  severity: 'error',
  kinds,
  message: say(
    '5-баған: барлық тауар саны {expected} болуы керек (декларациядағы тауарлар саны).',
    'Графа 5: всего товаров должно быть {expected} (число товаров в декларации).',
    'Box 5: the number of items must be {expected} (the items in the declaration).',
  ),
  *check(d): Iterable<Hit> {
    const expected = listOf(d.items).length;
    if (d.totalItems !== expected) yield { path: 'totalItems', params: { expected } };
  },
};

const packages: Rule<GoodsDeclaration> = {
  id: 'goods.total.packages',
  severity: 'error',
  kinds,
  message: say(
    '6-баған: жүк орындарының жалпы саны {expected} болуы керек (31-бағандардың қосындысы).',
    'Графа 6: всего мест должно быть {expected} (сумма по графам 31).',
    'Box 6: the total packages must be {expected} (the sum of boxes 31).',
  ),
  *check(d): Iterable<Hit> {
    const items = listOf(d.items);
    if (d.totalPackages === undefined && !items.some((item) => isNumber(item.packages))) return;
    const expected = items.reduce((sum, item) => sum + (isNumber(item.packages) ? item.packages : 0), 0);
    if (d.totalPackages !== expected) yield { path: 'totalPackages', params: { expected } };
  },
};

/** A header total that must equal the sum of an item box when either is filled. */
function sumRule(
  id: string,
  total: 'totalCustomsValue' | 'totalInvoiceAmount',
  box: 'customsValue' | 'invoiceValue',
  message: ReturnType<typeof say>,
): Rule<GoodsDeclaration> {
  return {
    id,
    severity: 'error',
    kinds,
    message,
    *check(d): Iterable<Hit> {
      const items = listOf(d.items);
      const stated = d[total];
      if (!isNumber(stated) && !items.some((item) => isNumber(item[box]))) return;
      const expected = items.reduce((sum, item) => sum + (isNumber(item[box]) ? item[box] : 0), 0);
      if (!isNumber(stated) || differs(stated, expected))
        yield { path: total, params: { expected: money(expected), stated: isNumber(stated) ? money(stated) : '—' } };
    },
  };
}

const customsValue = sumRule(
  'goods.total.customs-value',
  'totalCustomsValue',
  'customsValue',
  say(
    '12-баған: жалпы кедендік құн {expected} болуы керек (45-бағандардың қосындысы), көрсетілгені {stated}.',
    'Графа 12: общая таможенная стоимость должна быть {expected} (сумма граф 45), указано {stated}.',
    'Box 12: the total customs value must be {expected} (the sum of boxes 45); {stated} is stated.',
  ),
);

const invoiceAmount = sumRule(
  'goods.total.invoice-amount',
  'totalInvoiceAmount',
  'invoiceValue',
  say(
    '22-баған: шот бойынша жалпы сома {expected} болуы керек (42-бағандардың қосындысы), көрсетілгені {stated}.',
    'Графа 22: общая сумма по счёту должна быть {expected} (сумма граф 42), указано {stated}.',
    'Box 22: the total invoice amount must be {expected} (the sum of boxes 42); {stated} is stated.',
  ),
);

export const goodsTotalRules: readonly Rule<GoodsDeclaration>[] = [itemCount, packages, customsValue, invoiceAmount];
