import { describe, expect, it } from 'vitest';
import type { PayerPosting } from './ledger-repository.ts';
import { csvCell, statementCsv } from './statement.ts';

const posting = (over: Partial<PayerPosting>): PayerPosting => ({
  id: 1,
  payer: '880101300011',
  kind: 'deposit',
  idempotencyKey: 'k',
  requestHash: 'h',
  amount: 100_00,
  currency: 'KZT',
  declarationId: null,
  bankDocumentNumber: null,
  bankDocumentDate: null,
  reversesId: null,
  reversedById: null,
  bodyCode: '75101',
  actorAccountId: null,
  note: null,
  postedAt: new Date('2026-04-07T05:00:00Z'),
  availableChange: 100_00,
  reservedChange: 0,
  ...over,
});

describe('the advance account statement as CSV', () => {
  it('defuses every cell a spreadsheet would take for a formula, and quotes separators', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+7 701')).toBe("'+7 701");
    expect(csvCell('-5,00')).toBe("'-5,00");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('1500,00')).toBe('1500,00');
  });

  it('runs the balances from the opening ones through each posting, movements in their in and out columns', () => {
    const csv = statementCsv({
      payer: '880101300011',
      from: '2026-04-01',
      to: '2026-04-30',
      opening: { available: 50_00, reserved: 0 },
      language: 'en',
      postings: [
        posting({ id: 1, bankDocumentNumber: '12', bankDocumentDate: '2026-04-06' }),
        posting({
          id: 2,
          kind: 'reservation',
          amount: 120_00,
          declarationId: '6f1c3a52-8d0e-4b7a-9a51-0d6a0d3c2f10',
          availableChange: -120_00,
          reservedChange: 120_00,
        }),
      ],
    });
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(3)).toEqual([
      'Date and time;Posting No.;Operation;Document;Available: in;Available: out;Available: balance;Reserved: in;Reserved: out;Reserved: balance',
      'Balance at the start of the period;;;;;;50.00;;;0.00',
      '07.04.2026 10:00:00;1;Payment received;Bank document No. 12 of 06.04.2026;100.00;;150.00;;;0.00',
      '07.04.2026 10:00:00;2;Reservation;Declaration 6f1c3a52-8d0e-4b7a-9a51-0d6a0d3c2f10;;120.00;30.00;120.00;;120.00',
      'Balance at the end of the period;;;;;;30.00;;;120.00',
      '',
    ]);
  });
});
