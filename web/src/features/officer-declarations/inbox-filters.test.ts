import { describe, expect, it } from 'vitest';
import { filtersFromSearch, isRegistrationNumber, normalizedNumber, searchOfFilters } from './inbox-filters.ts';

describe('the officer inbox filters (issue 6 point 7)', () => {
  it('WD-15: reads a registration number however it was typed or pasted', () => {
    const typings: Record<string, string> = {
      ' 75001/221126/0000001 ': '75001/221126/0000001',
      '75001\\221126\\0000001': '75001/221126/0000001',
      '75001-221126-0000001': '75001/221126/0000001',
      '75001 / 221126 / 000': '75001/221126/000',
      '№ 75001/221126/0000001; 75002': '75001/221126/0000001',
    };
    for (const [typed, number] of Object.entries(typings)) expect(normalizedNumber(typed), typed).toBe(number);
  });

  it('WD-15: knows a full registration number from a part of one', () => {
    expect(isRegistrationNumber('75001/221126/0000001')).toBe(true);
    expect(isRegistrationNumber('75001/221126/000001')).toBe(false);
    expect(isRegistrationNumber('75001')).toBe(false);
  });

  it('round-trips through the address, leaving out what is empty', () => {
    const filters = { number: '75001/221126', status: 'registered', kind: 'goods', channel: 'red', page: 3 } as const;
    expect(searchOfFilters(filters)).toBe('number=75001%2F221126&status=registered&kind=goods&channel=red&page=3');
    expect(filtersFromSearch(new URLSearchParams(searchOfFilters(filters)))).toEqual(filters);
    expect(searchOfFilters({ number: '', status: null, kind: null, channel: null, page: 1 })).toBe('');
  });

  it('drops values it does not know instead of sending them to the server', () => {
    expect(filtersFromSearch(new URLSearchParams('status=lost&kind=boat&channel=blue&page=-2'))).toEqual({
      number: '',
      status: null,
      kind: null,
      channel: null,
      page: 1,
    });
    expect(filtersFromSearch(new URLSearchParams('page=2.5')).page).toBe(1);
  });
});
