import type { DeclarationKind } from '../../documents/kinds.ts';
import type { Hit, Rule } from '../engine.ts';
import { differs, isNumber, money, say } from './define.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/**
 * Customs value declarations DTS-1 and DTS-2 (EEC Commission Decision No. 160): each item's
 * customs value is its basis plus the additions less the deductions (DTS-1 box 25 = 12 + 20 − 24;
 * DTS-2 likewise), to the cent.
 */
function specOf(kind: DeclarationKind, extraRequired: readonly string[]): KindSpec {
  return {
    kind,
    required: [
      'seller.name',
      'buyer.name',
      'declarant.iinBin',
      'declarant.name',
      'documents.invoice.number',
      'filler.name',
      'filler.date',
      'items',
      'items.*.hsCode',
      'items.*.customsValue',
      ...extraRequired,
    ],
    declarant: 'declarant.iinBin',
    codes: {
      countries: ['seller.address.countryCode', 'buyer.address.countryCode'],
      currencies: ['items.*.conversions.*.currencyCode'],
      'document-kinds': ['documents.invoice.kindCode', 'documents.contract.kindCode', 'documents.other.*.kindCode'],
    },
    dates: ['documents.invoice.date', 'documents.contract.date', 'documents.other.*.date'],
    hsCodes: ['items.*.hsCode'],
    offices: [],
  };
}

function valueSum(kind: DeclarationKind): Rule {
  return {
    id: `${kind}.item.customs-value-sum`,
    severity: 'error',
    kinds: [kind],
    message: say(
      'Кедендік құн {expected} болуы керек (негіз + қосымша есептеулер − шегерімдер), көрсетілгені {stated}.',
      'Таможенная стоимость должна быть {expected} (основа + начисления − вычеты), указано {stated}.',
      'The customs value must be {expected} (basis + additions − deductions); {stated} is stated.',
    ),
    check(d) {
      const out: Hit[] = [];
      const items =
        (
          d as {
            items?: { basis?: number; totalAdditions?: number; totalDeductions?: number; customsValue?: number }[];
          }
        ).items ?? [];
      items.forEach((item, i) => {
        if (!isNumber(item.basis) || !isNumber(item.customsValue)) return;
        const expected =
          item.basis +
          (isNumber(item.totalAdditions) ? item.totalAdditions : 0) -
          (isNumber(item.totalDeductions) ? item.totalDeductions : 0);
        if (differs(item.customsValue, expected))
          out.push({
            path: `items.${i}.customsValue`,
            params: { expected: money(expected), stated: money(item.customsValue) },
          });
      });
      return out;
    },
  };
}

export const customsValue1Spec = specOf('customs_value_1', ['items.*.basis']);
export const customsValue2Spec = specOf('customs_value_2', ['method', 'items.*.method', 'items.*.basis']);

export const customsValueRules: readonly Rule[] = [
  ...kindRules(customsValue1Spec),
  valueSum('customs_value_1'),
  ...kindRules(customsValue2Spec),
  valueSum('customs_value_2'),
];
