import { describe, expect, it } from 'vitest';
import { extraColumns, filterClassifierItems } from './classifier-filter.ts';
import type { ClassifierItem } from './classifiers-api.ts';

const item = (code: string, ru: string, kk: string, en: string, extra?: ClassifierItem['extra']): ClassifierItem => ({
  code,
  name: { ru, kk, en },
  validFrom: '2020-01-01',
  validTo: null,
  extra,
});
const currencies = [
  item('EUR', 'Евро', 'Еуро', 'Euro', { numeric: '978' }),
  item('USD', 'Доллар США', 'АҚШ доллары', 'US dollar', { numeric: '840' }),
  item('KZT', 'Казахстанский тенге', 'Қазақстан теңгесі', 'Kazakhstani tenge', { numeric: '398', minor: 2 }),
];

describe('searching a classifier on its page (issue 5 point 9)', () => {
  it('finds by the beginning of the code', () => {
    expect(filterClassifierItems(currencies, 'us').map((i) => i.code)).toEqual(['USD']);
  });

  it('finds by words of the name in any language, in any case', () => {
    expect(filterClassifierItems(currencies, 'доллар').map((i) => i.code)).toEqual(['USD']);
    expect(filterClassifierItems(currencies, 'теңге').map((i) => i.code)).toEqual(['KZT']);
    expect(filterClassifierItems(currencies, 'KAZAKHSTANI tenge').map((i) => i.code)).toEqual(['KZT']);
  });

  it('keeps everything for an empty query', () => {
    expect(filterClassifierItems(currencies, '  ')).toHaveLength(3);
  });

  it('lists every extra column once', () => {
    expect(extraColumns(currencies)).toEqual(['minor', 'numeric']);
  });
});
