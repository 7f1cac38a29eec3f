import { describe, expect, it } from 'vitest';
import { readPdf } from '../../testing/pdf-text.ts';
import { inPlaceTasks } from '../workers/worker-task.ts';
import type { PdfDocument } from './document.ts';
import { printPdf, renderBounded } from './print-task.ts';
import { maxPdfPages } from './render.ts';

const pagesOf = (count: number): PdfDocument => ({
  title: 'Журнал',
  language: 'ru',
  blocks: Array.from({ length: count - 1 }, () => ({ type: 'pageBreak' as const })),
});

describe('the page bound of a printed form (ACC-19)', () => {
  it(`prints ${maxPdfPages} pages and refuses one more, as a refusal rather than a fault`, async () => {
    const longest = await renderBounded(pagesOf(maxPdfPages));
    expect(longest.ok).toBe(true);
    if (longest.ok) expect((await readPdf(longest.pdf)).pages).toHaveLength(maxPdfPages);
    expect(await renderBounded(pagesOf(maxPdfPages + 1))).toEqual({ ok: false, maxPages: maxPdfPages });
  });

  it('answers a document over the bound with PRINT_TOO_LONG, and gives a Buffer otherwise', async () => {
    await expect(printPdf(inPlaceTasks, pagesOf(maxPdfPages + 1))).rejects.toMatchObject({
      code: 'PRINT_TOO_LONG',
      status: 422,
      params: { maxPages: maxPdfPages },
    });
    const pdf = await printPdf(inPlaceTasks, pagesOf(2));
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
