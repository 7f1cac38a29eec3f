import { describe, expect, it } from 'vitest';
import { pageOf, readerOf, readObjectKey } from './data-reads.ts';

describe('who at customs read the user’s data, as the list shows it', () => {
  it('names the officer with the body’s code and name, or the Committee’s administrator', () => {
    const officer = {
      officerName: 'ПЕТРОВ ИВАН',
      officeCode: '75101',
      officeName: 'ЦТО «Алматы»',
      administrator: false,
    };
    expect(readerOf(officer, 'Administrator')).toBe('ПЕТРОВ ИВАН, 75101 ЦТО «Алматы»');
    expect(readerOf({ ...officer, officerName: null }, 'Administrator')).toBe('75101 ЦТО «Алматы»');
    expect(readerOf({ ...officer, officeName: null }, 'Administrator')).toBe('ПЕТРОВ ИВАН, 75101');
    expect(
      readerOf({ officerName: 'АДМИН', officeCode: null, officeName: null, administrator: true }, 'Administrator'),
    ).toBe('АДМИН, Administrator');
  });

  it('keys what was read in the catalogue, and reads the page from the address', () => {
    expect(readObjectKey('attachment')).toBe('account.dataReads.objects.attachment');
    expect(pageOf(null)).toBe(1);
    expect(pageOf('3')).toBe(3);
    expect(pageOf('0')).toBe(1);
    expect(pageOf('2.5')).toBe(1);
    expect(pageOf('many')).toBe(1);
  });
});
