import { describe, expect, it } from 'vitest';
import { matching, optionOf } from './pick-match.ts';

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
