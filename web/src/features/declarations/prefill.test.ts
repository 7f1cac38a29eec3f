import { describe, expect, it } from 'vitest';
import type { Me } from '../session/me.ts';
import { newDocument } from './prefill.ts';

const me = {
  kind: 'user',
  iinBin: '123456789012',
  organisation: 'ТОО «Шекара Тест»',
  displayName: 'Иванов Иван',
  phone: '+77010000000',
  certificates: [{ status: 'active', subjectIin: '900101300123' }],
} as unknown as Me;

describe('a new goods declaration prefilled from the account (issue 19 point 2)', () => {
  it('fills box 14 with the organisation and box 54 with the person signed in', () => {
    expect(newDocument('goods', me)).toEqual({
      items: [],
      declarant: { iinBin: '123456789012', name: 'ТОО «Шекара Тест»', address: { countryCode: 'KZ' } },
      filler: { name: 'Иванов Иван', iin: '900101300123', phone: '+77010000000' },
    });
  });

  it('leaves other kinds and officers’ accounts as empty drafts', () => {
    expect(newDocument('goods', { ...me, kind: 'officer' } as Me)).toEqual({ items: [] });
    expect(newDocument('goods', null)).toEqual({ items: [] });
  });
});
