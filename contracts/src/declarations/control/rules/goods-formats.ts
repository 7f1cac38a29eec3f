import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, isCalendarDate, isNumber, joinPath, listOf, measure, type PathParts, say } from './define.ts';

/**
 * Lengths and patterns of a goods declaration's boxes (WD-8), judged value by value. Fields are
 * walked with a visitor and paths joined only for a finding (see define.ts, PathParts).
 */
const kinds = ['goods'] as const;

function dates(d: GoodsDeclaration, visit: (value: string | undefined, ...path: PathParts) => void): void {
  visit(d.filler?.date, 'filler', 'date');
  for (const [i, doc] of listOf(d.documents).entries()) visit(doc.date, 'documents', i, 'date');
  for (const [i, doc] of listOf(d.paymentDocuments).entries()) visit(doc.date, 'paymentDocuments', i, 'date');
  const items = listOf(d.items);
  for (let i = 0; i < items.length; i++) {
    for (const [j, doc] of listOf(items[i]!.documents).entries()) visit(doc.date, 'items', i, 'documents', j, 'date');
  }
}

const date: Rule<GoodsDeclaration> = {
  id: 'goods.format.date',
  severity: 'error',
  kinds,
  message: say(
    '«{value}» — мұндай күн жоқ немесе ол дұрыс жазылмаған.',
    '«{value}» — такой даты нет или она записана неверно.',
    '"{value}" is not a real date written YYYY-MM-DD.',
  ),
  check(d) {
    const out: Hit[] = [];
    dates(d, (value, a, b, c, e, f) => {
      if (!isBlank(value) && !isCalendarDate(value!))
        out.push({ path: joinPath(a, b, c, e, f), params: { value: value! } });
    });
    return out;
  },
};

/** An item box that must match a pattern when filled. */
function itemPattern(
  id: string,
  field: 'hsCode' | 'valuationMethod',
  pattern: RegExp,
  message: ReturnType<typeof say>,
): Rule<GoodsDeclaration> {
  return {
    id,
    severity: 'error',
    kinds,
    message,
    check(d) {
      const out: Hit[] = [];
      const items = listOf(d.items);
      for (let i = 0; i < items.length; i++) {
        const value = items[i]![field];
        if (!isBlank(value) && !pattern.test(value!))
          out.push({ path: `items.${i}.${field}`, params: { value: value! } });
      }
      return out;
    },
  };
}

const hsCode = itemPattern(
  'goods.format.hs-code',
  'hsCode',
  /^\d{10}$/,
  say(
    '33-баған: ЕАЭО СЭҚ ТН бойынша тауар коды 10 цифрдан тұрады, «{value}» емес.',
    'Графа 33: код товара по ТН ВЭД ЕАЭС состоит из 10 цифр, а не «{value}».',
    'Box 33: a TN VED code is 10 digits, not "{value}".',
  ),
);

const valuationMethod = itemPattern(
  'goods.format.valuation-method',
  'valuationMethod',
  /^[1-6]$/,
  say(
    '43-баған: кедендік құнды айқындау әдісі — 1-ден 6-ға дейінгі цифр, «{value}» емес.',
    'Графа 43: метод определения таможенной стоимости — цифра от 1 до 6, а не «{value}».',
    'Box 43: the customs valuation method is a digit from 1 to 6, not "{value}".',
  ),
);

const itemAmounts = [
  'grossMass',
  'netMass',
  'supplementaryQuantity',
  'invoiceValue',
  'customsValue',
  'statisticalValue',
] as const;

function amounts(d: GoodsDeclaration, visit: (value: number | undefined, ...path: PathParts) => void): void {
  visit(d.totalCustomsValue, 'totalCustomsValue');
  visit(d.totalInvoiceAmount, 'totalInvoiceAmount');
  for (const [i, doc] of listOf(d.paymentDocuments).entries()) visit(doc.amount, 'paymentDocuments', i, 'amount');
  const items = listOf(d.items);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    for (const field of itemAmounts) visit(item[field], 'items', i, field);
    for (const [j, line] of listOf(item.payments).entries()) {
      visit(line.base, 'items', i, 'payments', j, 'base');
      visit(line.amount, 'items', i, 'payments', j, 'amount');
    }
  }
}

const negative: Rule<GoodsDeclaration> = {
  id: 'goods.format.negative',
  severity: 'error',
  kinds,
  message: say(
    'Мән теріс болмауы керек: {value}.',
    'Значение не может быть отрицательным: {value}.',
    'The value cannot be negative: {value}.',
  ),
  check(d) {
    const out: Hit[] = [];
    amounts(d, (value, a, b, c, e, f) => {
      if (isNumber(value) && value < 0) out.push({ path: joinPath(a, b, c, e, f), params: { value: measure(value) } });
    });
    return out;
  },
};

const exchangeRate: Rule<GoodsDeclaration> = {
  id: 'goods.format.exchange-rate',
  severity: 'error',
  kinds,
  message: say(
    '23-баған: валюта бағамы нөлден үлкен болуы керек.',
    'Графа 23: курс валюты должен быть больше нуля.',
    'Box 23: the exchange rate must be greater than zero.',
  ),
  *check(d): Iterable<Hit> {
    if (isNumber(d.exchangeRate) && d.exchangeRate <= 0) yield { path: 'exchangeRate' };
  },
};

export const goodsFormatRules: readonly Rule<GoodsDeclaration>[] = [
  date,
  hsCode,
  valuationMethod,
  negative,
  exchangeRate,
];
