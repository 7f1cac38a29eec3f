import { describe, expect, it } from 'vitest';
import type { Language } from '../../../platform/i18n/language.ts';
import { renderPdf } from '../../../platform/pdf/index.ts';
import { readPdf } from '../../../testing/pdf-text.ts';
import { calculatePayments } from '../calculate.ts';
import type { CalculationFacts } from '../facts.ts';
import { formatTiyn } from '../money.ts';
import { receiptOrderForm } from './print.ts';
import type { ReceiptOrderRow } from './receipt-order-repository.ts';

/**
 * The printed customs receipt order writes the unified rate in its own language (issue 21 point 6),
 * not in the tariff's Russian: a Kazakh or English order has no «но не менее … за 1 кг» in it.
 */
const facts: CalculationFacts = {
  date: '2026-03-02',
  rates: new Map(),
  exchangeRates: new Map([['EUR', { units: 1, rate: '605.72', publishedOn: '2026-03-02' }]]),
};
const items = [{ hsCode: '8471300000', originCountry: 'CN', invoiceValue: '300.00', currency: 'EUR', netMassKg: '35' }];

function orderRow(): ReceiptOrderRow {
  const request = { date: facts.date, procedure: 'personal-use', personalUse: { channel: 'post' as const }, items };
  const [kk, ru, en] = (['kk', 'ru', 'en'] as const).map((language) => calculatePayments(request, facts, language));
  return {
    id: 'o1',
    number: '75101/020326/Т0000001',
    officeCode: '75101',
    serial: 1,
    issuedAt: new Date('2026-03-02T05:00:00Z'),
    calculatedOn: facts.date,
    recipientIin: '880101300123',
    recipientName: null,
    channel: 'post',
    items,
    lines: ru!.lines.map((line, index) => ({
      paymentType: line.paymentType,
      base: formatTiyn(line.baseTiyn),
      rate: line.rate,
      amount: formatTiyn(line.amountTiyn),
      explanation: { kk: kk!.lines[index]!.explanation, ru: line.explanation, en: en!.lines[index]!.explanation },
    })),
    total: ru!.total,
    issuedBy: 'officer',
    issuerAccountId: 'a1',
    document: new Uint8Array([1]),
    signatureCms: new Uint8Array([1]),
    status: 'issued',
    paidAt: null,
    paidBy: null,
    paymentPostingId: null,
    bankDocumentNumber: null,
    bankDocumentDate: null,
    annulledAt: null,
    annulReason: null,
  };
}

const rateCell = (language: Language) => {
  const table = receiptOrderForm(orderRow(), language, 'https://shekara.example').blocks.filter(
    (block) => block.type === 'table',
  )[1]!;
  return table.rows[0]![3];
};

const spaced = (text: string) => text.replace(/\s+/g, ' ');

describe('the customs receipt order’s rate column (issue 21 point 6)', () => {
  it('is written in the order’s language, from the rate the engine applied', () => {
    expect(spaced(rateCell('kk')!)).toBe('15 %, бірақ 1 кг үшін кемінде 2 EUR');
    expect(spaced(rateCell('ru')!)).toBe('15 %, но не менее 2 EUR за 1 кг');
    expect(spaced(rateCell('en')!)).toBe('15 %, but not less than 2 EUR per kg');
  });

  it.each(['kk', 'en'] as const)('reads so on the printed %s page', async (language) => {
    const { pages } = await readPdf(await renderPdf(receiptOrderForm(orderRow(), language, 'https://shekara.example')));
    const text = spaced(pages.join(' '));
    expect(text).not.toMatch(/не менее|за 1 кг/);
    expect(text).toContain(
      language === 'kk' ? '15 %, бірақ 1 кг үшін кемінде 2 EUR' : '15 %, but not less than 2 EUR per kg',
    );
  });
});
