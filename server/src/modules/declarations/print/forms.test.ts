import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../platform/pdf/index.ts';
import { readPdf } from '../../../testing/pdf-text.ts';
import { demoDocument } from '../demo/demo-document.ts';
import { declarationForm } from './declaration-form.ts';
import type { PrintFacts } from './print-facts.ts';
import { printedNumber } from './print-format.ts';
import { receiptCheckUrl, receiptPdf } from './receipt.ts';

const options = { declarant: '050540001242', office: '75101', date: '2026-03-02' };
const registered = (language: 'kk' | 'ru'): PrintFacts => ({
  language,
  registrationNumber: '75101/020326/0000042',
  customsOffice: '75101',
  registeredAt: '2026-03-02T05:00:00Z',
});
const text = async (pdf: Buffer) => (await readPdf(pdf)).pages;

describe('printed values (ACC-19)', () => {
  it('writes numbers as 1 234 567,89 with a space that does not break, and quantities without trailing zeros', () => {
    expect(printedNumber(1234567.891, 'money')).toBe('1\u00a0234\u00a0567,89');
    expect(printedNumber(-1000, 'money')).toBe('-1\u00a0000,00');
    expect(printedNumber(121.6)).toBe('121,6');
    expect(printedNumber(undefined)).toBe('');
  });
});

describe('the goods declaration on the sheets of Decision No. 257 (ACC-19)', () => {
  it('prints the registration number, the box numbers and names and the values in Russian, an additional sheet for every three items after the first', async () => {
    const document = demoDocument('goods', { ...options, items: 4 });
    const pages = await text(await renderPdf(declarationForm('goods', document, registered('ru'))));
    expect(pages).toHaveLength(2);
    const [main, additional] = pages as [string, string];
    expect(main).toContain('ДЕКЛАРАЦИЯ НА ТОВАРЫ № 75101/020326/0000042');
    for (const box of [
      '1 Декларация',
      '2 Отправитель/Экспортер',
      '14 Декларант',
      '31 Грузовые места и описание товаров',
      '33 Код товара',
      '47 Исчисление платежей',
      '54 Место и дата',
    ])
      expect(main).toContain(box);
    expect(main).toContain('ИМ 40 ЭД');
    expect(main).toContain('1 / 2');
    const first = document.items[0]!;
    expect(main).toContain(first.hsCode!);
    expect(main).toContain(printedNumber(first.customsValue, 'money').replaceAll('\u00a0', ' '));
    expect(main).toContain('02.03.2026');
    expect(additional).toContain('Добавочный лист');
    expect(additional).toContain('2 / 2');
    for (const item of document.items.slice(1)) expect(additional).toContain(item.hsCode!);
    expect(additional).toContain('75101/020326/0000042');
  });

  it('prints the same form in Kazakh', async () => {
    const document = demoDocument('goods', { ...options, items: 1 });
    const [main] = await text(await renderPdf(declarationForm('goods', document, registered('kk'))));
    expect(main).toContain('ТАУАРЛАРҒА АРНАЛҒАН ДЕКЛАРАЦИЯ № 75101/020326/0000042');
    expect(main).toContain('31 Жүк орындары және тауарлардың сипаттамасы');
    expect(main).toContain('47 Төлемдерді есептеу');
    expect(main).not.toContain('Исчисление платежей');
  });

  // How long it takes is measured by the print benchmark, not asserted here: a loaded machine took 25 s.
  it('prints a 999-item declaration on 1 + 333 sheets', async () => {
    const document = demoDocument('goods', { ...options, items: 999 });
    const pdf = await renderPdf(declarationForm('goods', document, registered('ru')));
    const pages = await text(pdf);
    expect(pages).toHaveLength(334);
    expect(pages[333]).toContain('334 / 334');
    expect(pages[333]).toContain(document.items[998]!.hsCode!);
  }, 120_000);
});

describe('the other printed forms (ACC-19)', () => {
  it('prints the transit declaration with its principal, route, office of destination and items', async () => {
    const document = demoDocument('transit', { ...options, items: 5 });
    const pages = await text(await renderPdf(declarationForm('transit', document, registered('ru'))));
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('ТРАНЗИТНАЯ ДЕКЛАРАЦИЯ');
    for (const box of ['50 Принципал', '53 Таможенный орган (и страна) назначения', 'D Отметки таможенного органа'])
      expect(pages[0]).toContain(box);
    if (document.destinationOffice) expect(pages[0]).toContain(document.destinationOffice);
  });

  it('prints DTS-1 and DTS-2 with a column for each item and their boxes by number', async () => {
    const dts1 = demoDocument('customs_value_1', { ...options, items: 4 });
    const all1 = (await text(await renderPdf(declarationForm('customs_value_1', dts1, registered('kk'))))).join(' ');
    expect(all1).toContain('КЕДЕНДІК ҚҰН ДЕКЛАРАЦИЯСЫ (КҚД-1)');
    expect(all1).toContain('25(а) Кедендік құн, теңге');
    expect(all1).toContain('Тауар № 4');
    const dts2 = demoDocument('customs_value_2', { ...options, items: 2 });
    const all2 = (await text(await renderPdf(declarationForm('customs_value_2', dts2, registered('ru'))))).join(' ');
    expect(all2).toContain('ДЕКЛАРАЦИЯ ТАМОЖЕННОЙ СТОИМОСТИ (ДТС-2)');
    expect(all2).toContain('7 Причины неприменения предыдущих методов');
  });

  it('prints any other kind by its sections', async () => {
    const vehicle = demoDocument('vehicle', { ...options, items: 1 });
    const all = (await text(await renderPdf(declarationForm('vehicle', vehicle, registered('ru'))))).join(' ');
    expect(all).toContain('Декларация на транспортное средство № 75101/020326/0000042');
    expect(all).toContain('Декларант');
  });

  it('prints the customs representative with its register number and contract, and the declarant, on every form (issue 17 point 6)', async () => {
    const filer = { iinBin: '150440000013', registerNumber: 'ТП-0001' };
    const representation = { contractNumber: 'БУМ-77', contractDate: '2026-01-10' };
    const facts: PrintFacts = { ...registered('ru'), parties: { filer, declarant: options.declarant, representation } };
    const representative = 'ИИН/БИН 150440000013, № в реестре ТП-0001, договор № БУМ-77 от 10.01.2026';
    // box 54 of the transit declaration, 20 of DTS-2 as a line; a form by sections as a labelled field
    for (const [kind, line] of [
      ['transit', `Таможенный представитель: ${representative}`],
      ['customs_value_2', `Таможенный представитель: ${representative}`],
      ['vehicle', `Таможенный представитель ${representative}`],
    ] as const) {
      const document = demoDocument(kind, { ...options, items: 1 });
      const all = (await text(await renderPdf(declarationForm(kind, document, facts)))).join(' ');
      expect(all, kind).toContain(line);
      expect(all, kind).toContain(options.declarant);
    }
    // filed for itself, off any register: no such line
    const own: PrintFacts = {
      ...facts,
      parties: {
        filer: { iinBin: options.declarant, registerNumber: null },
        declarant: options.declarant,
        representation: null,
      },
    };
    const transit = demoDocument('transit', { ...options, items: 1 });
    const ownText = (await text(await renderPdf(declarationForm('transit', transit, own)))).join(' ');
    expect(ownText).not.toContain('Таможенный представитель');
  });

  it('prints the delivery receipt with its number, the signed document’s hash and the check page’s address beside the QR code (WD-13, WD-14)', async () => {
    const sha = 'ab'.repeat(32);
    const delivery = {
      registrationNumber: '75101/020326/0000042',
      customsOffice: '75101',
      documentSha256: sha,
      submittedAt: new Date('2026-03-02T05:00:00Z'),
      seq: 1,
    };
    const declaration = {
      kind: 'goods' as const,
      status: 'registered' as const,
      ownerIinBin: '050540001242',
      declarantIinBin: null,
    };
    const pages = await text(
      await renderPdf(
        receiptPdf(delivery, declaration, 'kk', 'https://keden.example.kz/', {
          officeName: 'Алматы қаласы бойынша «Орталық» КРО',
          document: {
            declarant: { iinBin: '050540001242', name: 'ЖШС «Сұңқар»' },
            totalItems: 3,
            totalCustomsValue: 1234567.5,
            paymentDocuments: [{ amount: 1000 }, { amount: 234.56 }],
          },
        }),
      ),
    );
    const all = pages.join(' ');
    // issue 19 point 8: the office by name, the declarant, the goods count and the totals
    expect(all).toContain('Алматы қаласы бойынша «Орталық» КРО (75101)');
    expect(all).toContain('ЖШС «Сұңқар»');
    expect(all).toContain('Тауарлар саны');
    expect(all).toContain('1 234 567,50');
    expect(all).toContain('1 234,56');
    expect(all).toContain('Жеткізілгені туралы түбіртек');
    expect(all).toContain('75101/020326/0000042');
    expect(all).toContain('02.03.2026 10:00');
    // a long hash wraps inside its box
    expect(all.replace(/\s/g, '')).toContain(sha);
    expect(receiptCheckUrl('https://keden.example.kz/', delivery.registrationNumber, sha)).toBe(
      `https://keden.example.kz/verify/75101/020326/0000042?hash=${sha}`,
    );
    expect(all.replace(/\s/g, '')).toContain(`keden.example.kz/verify/75101/020326/0000042?hash=${sha}`);
  });
});
