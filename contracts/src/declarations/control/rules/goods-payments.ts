import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Hit, Rule } from '../engine.ts';
import { isNumber, listOf, money, say } from './define.ts';

/**
 * Box 47 against the payments engine (issue 16 point 2): a declared amount that differs from the
 * calculated one, and a payment the engine calculates that box 47 leaves out. A warning: what is
 * held and taken is always the calculated amount, so a wrong figure cannot underpay, but the
 * declarant and the officer should see it. Silent where the calculation is not known (the
 * browser, or a document the engine could not assess).
 */
const kinds = ['goods'] as const;

const declaredAmount: Rule<GoodsDeclaration> = {
  id: 'goods.payments.calculated',
  severity: 'warning',
  kinds,
  message: say(
    '47-баған: {type} төлемінің сомасы {expected} теңге болуы керек (төлемдерді есептеу бойынша).',
    'Графа 47: сумма платежа {type} должна быть {expected} тенге (по исчислению платежей).',
    'Box 47: the amount of payment {type} should be {expected} tenge (as the payments are calculated).',
  ),
  *check(d, ctx): Iterable<Hit> {
    const calculated = ctx.payments?.items;
    if (!calculated) return;
    for (const [index, item] of listOf(d.items).entries()) {
      const expected = calculated[index] ?? {};
      const lines = listOf(item.payments);
      for (const [j, line] of lines.entries()) {
        const tiyn = line.typeCode ? expected[line.typeCode] : undefined;
        if (tiyn === undefined || !isNumber(line.amount)) continue;
        if (Math.round(line.amount * 100) !== tiyn)
          yield {
            path: `items.${index}.payments.${j}.amount`,
            params: { type: line.typeCode!, expected: money(tiyn / 100) },
          };
      }
      for (const [type, tiyn] of Object.entries(expected)) {
        if (tiyn > 0 && !lines.some((line) => line.typeCode === type))
          yield { path: `items.${index}.payments`, params: { type, expected: money(tiyn / 100) } };
      }
    }
  },
};

export const goodsPaymentRules: readonly Rule<GoodsDeclaration>[] = [declaredAmount];
