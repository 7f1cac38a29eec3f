import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, isCalendarDate, isNumber, listOf, say } from './define.ts';

/** Lengths and patterns of a goods declaration's boxes (WD-8), judged value by value. */
const kinds = ['goods'] as const;

function* dates(d: GoodsDeclaration): Iterable<readonly [string, string | undefined]> {
  yield ['filler.date', d.filler?.date];
  for (const [i, doc] of listOf(d.documents).entries()) yield [`documents.${i}.date`, doc.date];
  for (const [i, doc] of listOf(d.paymentDocuments).entries()) yield [`paymentDocuments.${i}.date`, doc.date];
  for (const [i, item] of listOf(d.items).entries()) {
    for (const [j, doc] of listOf(item.documents).entries()) yield [`items.${i}.documents.${j}.date`, doc.date];
  }
}

const date: Rule<GoodsDeclaration> = {
  id: 'goods.format.date',
  severity: 'error',
  kinds,
  message: say(
    '«{value}» күні ЖЖЖЖ-АА-КК түрінде жазылған нақты күн емес.',
    '«{value}» — не существующая дата в формате ГГГГ-ММ-ДД.',
    '"{value}" is not a real date written YYYY-MM-DD.',
  ),
  *check(d) {
    for (const [path, value] of dates(d)) if (!isBlank(value) && !isCalendarDate(value!)) yield { path, params: { value: value! } };
  },
};

const hsCode: Rule<GoodsDeclaration> = {
  id: 'goods.format.hs-code',
  severity: 'error',
  kinds,
  message: say(
    '33-баған: СЭҚ ТН коды 10 цифрдан тұрады, «{value}» емес.',
    'Графа 33: код ТН ВЭД состоит из 10 цифр, а не «{value}».',
    'Box 33: a TN VED code is 10 digits, not "{value}".',
  ),
  *check(d) {
    for (const [i, item] of listOf(d.items).entries()) {
      if (!isBlank(item.hsCode) && !/^\d{10}$/.test(item.hsCode!)) yield { path: `items.${i}.hsCode`, params: { value: item.hsCode! } };
    }
  },
};

const valuationMethod: Rule<GoodsDeclaration> = {
  id: 'goods.format.valuation-method',
  severity: 'error',
  kinds,
  message: say(
    '43-баған: кедендік құнды анықтау әдісі 1-ден 6-ға дейінгі цифр, «{value}» емес.',
    'Графа 43: метод определения таможенной стоимости — цифра от 1 до 6, а не «{value}».',
    'Box 43: the customs valuation method is a digit from 1 to 6, not "{value}".',
  ),
  *check(d) {
    for (const [i, item] of listOf(d.items).entries()) {
      if (!isBlank(item.valuationMethod) && !/^[1-6]$/.test(item.valuationMethod!)) yield { path: `items.${i}.valuationMethod`, params: { value: item.valuationMethod! } };
    }
  },
};

function* amounts(d: GoodsDeclaration): Iterable<readonly [string, number | undefined]> {
  yield ['totalCustomsValue', d.totalCustomsValue];
  yield ['totalInvoiceAmount', d.totalInvoiceAmount];
  for (const [i, doc] of listOf(d.paymentDocuments).entries()) yield [`paymentDocuments.${i}.amount`, doc.amount];
  for (const [i, item] of listOf(d.items).entries()) {
    for (const field of ['grossMass', 'netMass', 'supplementaryQuantity', 'invoiceValue', 'customsValue', 'statisticalValue'] as const) {
      yield [`items.${i}.${field}`, item[field]];
    }
    for (const [j, line] of listOf(item.payments).entries()) {
      yield [`items.${i}.payments.${j}.base`, line.base];
      yield [`items.${i}.payments.${j}.amount`, line.amount];
    }
  }
}

const negative: Rule<GoodsDeclaration> = {
  id: 'goods.format.negative',
  severity: 'error',
  kinds,
  message: say('Мән теріс болмауы керек: {value}.', 'Значение не может быть отрицательным: {value}.', 'The value cannot be negative: {value}.'),
  *check(d) {
    for (const [path, value] of amounts(d)) if (isNumber(value) && value < 0) yield { path, params: { value } };
  },
};

const exchangeRate: Rule<GoodsDeclaration> = {
  id: 'goods.format.exchange-rate',
  severity: 'error',
  kinds,
  message: say('23-баған: валюта бағамы нөлден үлкен болуы керек.', 'Графа 23: курс валюты должен быть больше нуля.', 'Box 23: the exchange rate must be greater than zero.'),
  *check(d): Iterable<Hit> {
    if (isNumber(d.exchangeRate) && d.exchangeRate <= 0) yield { path: 'exchangeRate' };
  },
};

export const goodsFormatRules: readonly Rule<GoodsDeclaration>[] = [date, hsCode, valuationMethod, negative, exchangeRate];
