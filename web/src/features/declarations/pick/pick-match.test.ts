import { describe, expect, it } from 'vitest';
import { codeOf, matching, optionOf } from './pick-match.ts';

const countries = [
  { code: 'KZ', name: 'Казахстан' },
  { code: 'KG', name: 'Кыргызстан' },
  { code: 'CN', name: 'Китай' },
];

describe('a code box’s pick-list (issue 17 point 1)', () => {
  it('takes a code typed in lower case or with spaces as the list writes it', () => {
    expect(optionOf(countries, 'kz')?.code).toBe('KZ');
    expect(optionOf(countries, ' cn ')?.code).toBe('CN');
    expect(optionOf(countries, 'Каз')).toBeNull();
  });

  it('offers codes starting with the search first, then names containing it', () => {
    expect(matching(countries, 'k', 10).map((o) => o.code)).toEqual(['KZ', 'KG']);
    expect(matching(countries, 'кит', 10).map((o) => o.code)).toEqual(['CN']);
    expect(matching(countries, '', 2)).toHaveLength(2);
  });
});

describe('codes and names as people type them (issue 19 point 1)', () => {
  it('takes a whole name for its code and a code printed with spaces', () => {
    expect(optionOf(countries, 'казахстан')?.code).toBe('KZ');
    expect(codeOf('8517 13 000 0')).toBe('8517130000');
    expect(matching([{ code: '8517130000', name: 'Смартфоны' }], '8517 13', 5)).toHaveLength(1);
  });
});
