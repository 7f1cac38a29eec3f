import { describe, expect, it } from 'vitest';
import { readPdf } from '../../testing/pdf-text.ts';
import type { PdfDocument } from './document.ts';
import { renderPdf } from './render.ts';

const letter: PdfDocument = {
  title: 'Хабарлама — Уведомление — Notice',
  language: 'kk',
  header: 'Алматы қаласы бойынша Мемлекеттік кірістер департаменті',
  blocks: [
    {
      type: 'paragraph',
      text: 'Құрметті Әсел Ғалымқызы! Сіздің өтінішіңіз қаралды: жеке кабинет құрылды. Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі',
    },
    { type: 'paragraph', text: 'Уважаемая Асель Галымкызы! Ваше заявление рассмотрено: личный кабинет создан.' },
    { type: 'paragraph', text: 'Dear applicant, your request has been reviewed and your account is ready.' },
    {
      type: 'fields',
      fields: [
        { label: 'ЖСН / ИИН', value: '880101300123' },
        { label: 'Логин', value: 'asel.galymkyzy' },
        { label: 'Телефон', value: '' },
      ],
    },
    { type: 'heading', text: 'Журнал / Journal' },
    {
      type: 'table',
      columns: [
        { header: '№', width: 0.5, align: 'right' },
        { header: 'Өтініш беруші / Заявитель', width: 3 },
        { header: 'Күні / Дата', width: 1.2 },
      ],
      rows: Array.from({ length: 60 }, (_, i) => [
        String(i + 1),
        i === 7
          ? 'Жауапкершілігі шектеулі серіктестік «Қорғас Өңдеу Логистика» — ТОО с длинным названием, которое переносится на несколько строк'
          : `Өтініш беруші ${i + 1}`,
        '22.11.2026',
      ]),
    },
    {
      type: 'signature',
      signers: [
        { role: 'Бөлім басшысы / Начальник отдела', name: 'Н. Құдайбергенов' },
        { role: 'Өтініш беруші / Заявитель' },
      ],
      dateLabel: 'Күні / Дата',
    },
  ],
};

describe('renderPdf', () => {
  it('writes Kazakh, Russian and English text that can be read back, over several numbered pages', async () => {
    const pdf = await renderPdf(letter);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, title } = await readPdf(pdf);
    expect(title).toBe(letter.title);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.join('\n');
    for (const text of [
      'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі',
      'Құрметті Әсел Ғалымқызы!',
      'личный кабинет создан',
      'your account is ready',
      '880101300123',
      'Н. Құдайбергенов',
    ]) {
      expect(all).toContain(text);
    }
    expect(all).toContain('«Қорғас Өңдеу Логистика»');
    for (let n = 1; n <= 60; n++) if (n !== 8) expect(all).toContain(`${n} Өтініш беруші ${n} 22.11.2026`);
    pages.forEach((page, i) => {
      expect(page).toContain(`${i + 1} / ${pages.length}`);
      expect(page).toContain('Алматы қаласы бойынша');
    });
    // the table's header row is repeated on each page it runs onto
    const withTable = pages.filter((page) => page.includes('Өтініш беруші 3') || page.includes('Өтініш беруші 60'));
    for (const page of withTable) expect(page).toContain('Өтініш беруші / Заявитель');
    expect(pages.filter((page) => page.includes('Өтініш беруші / Заявитель')).length).toBeGreaterThanOrEqual(2);
  });

  it('embeds the font as a subset and repeats the same bytes for the same document and date', async () => {
    const fixed = { ...letter, createdAt: new Date('2026-11-22T10:00:00Z') };
    const [a, b] = await Promise.all([renderPdf(fixed), renderPdf(fixed)]);
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBeLessThan(200_000);
    expect(a.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans-Bold/);
  });

  it('prints a blank form with lines to fill in, and page numbers in the words given', async () => {
    const pdf = await renderPdf({
      title: 'Өтініш',
      language: 'ru',
      pageNumbers: 'Страница {page} из {pages}',
      blocks: [
        { type: 'fields', fields: [{ label: 'Наименование', value: '' }] },
        { type: 'pageBreak' },
        { type: 'signature', signers: [{ role: 'Подпись' }], dateLabel: 'Дата' },
      ],
    });
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('Страница 2 из 2');
  });

  it('prints the support contacts at the foot of every page in the document’s language (REG-13)', async () => {
    const support = { email: 'help@keden.example.kz', phone: '+7 (7172) 55-12-34' };
    const pdf = await renderPdf({
      title: 'Хат',
      language: 'kk',
      support,
      blocks: [
        { type: 'paragraph', text: 'Бірінші бет' },
        { type: 'pageBreak' },
        { type: 'paragraph', text: 'Екінші' },
      ],
    });
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(2);
    for (const page of pages) expect(page).toContain('Қолдау қызметі: help@keden.example.kz, тел. +7 (7172) 55-12-34');
    const without = await readPdf(await renderPdf({ title: 'Хат', language: 'kk', blocks: [] }));
    expect(without.pages[0]).not.toContain('Қолдау қызметі');
  });
});

describe('a QR code on a printed document (issue 16: the ТПО’s public check)', () => {
  it('draws the code of the check page’s address beside its caption, and the caption stays searchable text', async () => {
    const address = `http://localhost:8080/verify/receipt-order?number=75101%2F070426%2F%D0%A20000001&hash=${'a'.repeat(64)}`;
    const withCode = await renderPdf({
      title: 'ТПО',
      language: 'ru',
      createdAt: new Date('2026-04-07T06:00:00Z'),
      blocks: [{ type: 'qr', text: address, caption: 'Проверить подлинность ордера' }],
    });
    const without = await renderPdf({
      title: 'ТПО',
      language: 'ru',
      createdAt: new Date('2026-04-07T06:00:00Z'),
      blocks: [{ type: 'paragraph', text: 'Проверить подлинность ордера' }],
    });
    expect(withCode.subarray(0, 5).toString()).toBe('%PDF-');
    // a version 7–8 code of ~2,000 dark modules drawn as squares: the page grows by kilobytes
    expect(withCode.length - without.length).toBeGreaterThan(1_000);
    expect((await readPdf(withCode)).pages.join(' ')).toContain('Проверить подлинность ордера');
  });
});
