import { supportLine } from '../support/contacts.ts';
import type { PdfBlock, PdfDocument, PdfFields, PdfQrCode, PdfSheet, PdfSignature, PdfTable } from './document.ts';
import { pdfFonts } from './fonts.ts';
import { renderSheet } from './sheet.ts';

type Pdf = PDFKit.PDFDocument;

const pointSize = { title: 14, heading: 12, body: 10.5, table: 9, margin: 8 } as const;
const cellPadding = 4;
const ruleColor = '#555555';
const headerFill = '#e8e8e8';

/**
 * The most pages a document may have: the longest form printed here, a goods declaration of 999
 * items, takes 334. A document that would be longer stops at this page with PdfPageLimit, rather
 * than take the time and memory of thousands.
 */
export const maxPdfPages = 500;

/** Thrown when a document outgrows `maxPages`; the print task answers it as a refusal. */
export class PdfPageLimit extends Error {
  constructor(readonly maxPages: number) {
    super(`the document has more than ${maxPages} pages`);
    this.name = 'PdfPageLimit';
  }
}

/**
 * Lays out a document on A4 pages with an embedded DejaVu Sans (subset, with a ToUnicode map, so
 * its text can be searched and copied) and returns the PDF file. Synchronous work of up to seconds
 * for a long form: the server renders on its worker threads (print-task.ts), not here.
 */
export async function renderPdf(document: PdfDocument, { maxPages = maxPdfPages } = {}): Promise<Buffer> {
  // Loaded on the first document, not at start: pdfkit and its font engine take ~0.15 s to load.
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = pdfFonts();
  const info: PDFKit.DocumentInfo = { Title: document.title, Creator: 'Shekara', Producer: 'Shekara' };
  if (document.author) info.Author = document.author;
  if (document.createdAt) info.CreationDate = document.createdAt;
  const doc = new PDFDocument({
    size: 'A4',
    layout: document.orientation ?? 'portrait',
    margin: document.margin ?? 56,
    bufferPages: true,
    lang: document.language,
    displayTitle: true,
    info,
  });
  // No default font given to the constructor: pdfkit would load DejaVu under its file's name, and
  // then reopen and parse the file at every switch to 'regular' (its cache keeps one entry per
  // font name), which cost seconds on a form of many pages. Helvetica, the default, is never used,
  // so never written.
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  let pages = 1;
  doc.on('pageAdded', () => {
    if (++pages > maxPages) throw new PdfPageLimit(maxPages);
  });

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc
    .font('bold')
    .fontSize(pointSize.title)
    .text(document.title, left(doc), doc.y, { width: textWidth(doc), align: 'center' });
  doc.moveDown(0.8);
  // Loaded only for a document that has a QR code.
  const qr = document.blocks.some((b) => b.type === 'qr') ? (await import('qrcode')).default : null;
  for (const block of document.blocks) {
    if (block.type === 'qr') renderQrCode(doc, block, qr!);
    else if (block.type === 'sheet') renderSheet(doc, block);
    else renderBlock(doc, block);
  }
  stampPages(doc, document);
  doc.end();
  return finished;
}

/**
 * The code's dark modules as filled squares, with the quiet zone of four modules the standard asks
 * for around them; error correction M, enough for a printed page folded once.
 */
function renderQrCode(doc: Pdf, { text, caption, size = 100 }: PdfQrCode, qr: QrCodeModule): void {
  const { modules } = qr.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 8);
  ensureSpace(doc, size);
  const x0 = left(doc);
  const y0 = doc.y;
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++)
      if (modules.get(row, column)) doc.rect(x0 + (column + 4) * cell, y0 + (row + 4) * cell, cell, cell);
  doc.fillColor('#000000').fill();
  if (caption) {
    doc.font('regular').fontSize(pointSize.body);
    doc.text(caption, x0 + size + 8, y0 + 4 * cell, { width: textWidth(doc) - size - 8 });
  }
  doc.x = x0;
  doc.y = Math.max(doc.y, y0 + size) + 4;
}

type QrCodeModule = typeof import('qrcode');

function renderBlock(doc: Pdf, block: Exclude<PdfBlock, PdfQrCode | PdfSheet>): void {
  switch (block.type) {
    case 'heading':
      doc.font('bold').fontSize(pointSize.heading);
      // keep a heading with at least two lines of what follows it
      ensureSpace(doc, doc.heightOfString(block.text, { width: textWidth(doc) }) + 3 * doc.currentLineHeight(true));
      doc.moveDown(0.4).text(block.text, left(doc), doc.y, { width: textWidth(doc) });
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      doc.font(block.bold ? 'bold' : 'regular').fontSize(pointSize.body);
      doc.text(block.text, left(doc), doc.y, { width: textWidth(doc), align: block.align ?? 'left', lineGap: 2 });
      doc.moveDown(0.5);
      return;
    case 'fields':
      renderFields(doc, block);
      return;
    case 'table':
      renderTable(doc, block);
      return;
    case 'signature':
      renderSignature(doc, block);
      return;
    case 'space':
      doc.y += block.height ?? doc.fontSize(pointSize.body).currentLineHeight(true);
      return;
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

function renderFields(doc: Pdf, { fields, labelWidth = 0.4 }: PdfFields): void {
  const gap = 8;
  const labelW = textWidth(doc) * labelWidth;
  const valueX = left(doc) + labelW + gap;
  const valueW = textWidth(doc) - labelW - gap;
  doc.fontSize(pointSize.body);
  for (const { label, value } of fields) {
    const labelH = doc.font('regular').heightOfString(label, { width: labelW });
    const valueH = value ? doc.font('bold').heightOfString(value, { width: valueW }) : doc.currentLineHeight(true);
    const height = Math.max(labelH, valueH);
    ensureSpace(doc, height);
    const y = doc.y;
    doc.font('regular').text(label, left(doc), y, { width: labelW });
    if (value) doc.font('bold').text(value, valueX, y, { width: valueW });
    else rule(doc, valueX, valueX + valueW, y + height);
    doc.y = y + height + 4;
  }
  doc.y += pointSize.margin;
}

function renderTable(doc: Pdf, { columns, rows }: PdfTable): void {
  const totalWeight = columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const widths = columns.map((c) => (textWidth(doc) * (c.width ?? 1)) / totalWeight);
  doc.fontSize(pointSize.table);

  const heightOf = (cells: readonly string[], font: 'regular' | 'bold') => {
    doc.font(font);
    return (
      Math.max(...widths.map((w, i) => doc.heightOfString(cells[i] ?? '', { width: w - 2 * cellPadding }))) +
      2 * cellPadding
    );
  };
  const drawRow = (cells: readonly string[], font: 'regular' | 'bold', height: number, fill?: string) => {
    const y = doc.y;
    let x = left(doc);
    widths.forEach((w, i) => {
      if (fill) doc.rect(x, y, w, height).fill(fill);
      doc.rect(x, y, w, height).lineWidth(0.5).stroke(ruleColor);
      doc.fillColor('black').font(font);
      doc.text(cells[i] ?? '', x + cellPadding, y + cellPadding, {
        width: w - 2 * cellPadding,
        height: height - 2 * cellPadding,
        align: columns[i]?.align ?? 'left',
        ellipsis: true,
      });
      x += w;
    });
    doc.x = left(doc);
    doc.y = y + height;
  };

  const header = columns.map((c) => c.header);
  const headerHeight = heightOf(header, 'bold');
  // a row taller than a whole page is cut (with an ellipsis) rather than run off the page
  const tallestRow = pageBottom(doc) - doc.page.margins.top - headerHeight;
  const rowHeight = (row: readonly string[]) => Math.min(heightOf(row, 'regular'), tallestRow);

  ensureSpace(doc, headerHeight + (rows[0] ? rowHeight(rows[0]) : 0));
  drawRow(header, 'bold', headerHeight, headerFill);
  for (const row of rows) {
    const height = rowHeight(row);
    if (doc.y + height > pageBottom(doc)) {
      doc.addPage();
      drawRow(header, 'bold', headerHeight, headerFill);
    }
    drawRow(row, 'regular', height);
  }
  doc.y += pointSize.margin;
}

function renderSignature(doc: Pdf, { signers, dateLabel, date }: PdfSignature): void {
  doc.fontSize(pointSize.body);
  const line = doc.currentLineHeight(true);
  const roleW = textWidth(doc) * 0.4;
  const signX = left(doc) + roleW + 8;
  const nameX = left(doc) + textWidth(doc) * 0.7;
  const nameW = left(doc) + textWidth(doc) - nameX;
  const lines = [
    ...signers.map((s) => ({ label: s.role, name: s.name })),
    { label: dateLabel, name: date, isDate: true },
  ];
  const heights = lines.map(
    (l) => Math.max(doc.font('regular').heightOfString(l.label, { width: roleW }), line) + line,
  );
  ensureSpace(doc, line + heights.reduce((a, b) => a + b, 0));
  doc.y += line;
  lines.forEach((l, i) => {
    const y = doc.y;
    doc.font('regular').text(l.label, left(doc), y, { width: roleW });
    if ('isDate' in l) {
      if (l.name) doc.font('bold').text(l.name, signX, y, { width: nameX - signX });
      else rule(doc, signX, nameX - 12, y + line);
    } else {
      rule(doc, signX, nameX - 12, y + line);
      if (l.name) doc.font('bold').text(l.name, nameX, y, { width: nameW });
      else rule(doc, nameX, nameX + nameW, y + line);
    }
    doc.x = left(doc);
    doc.y = y + heights[i]!;
  });
}

/** Header line, page number and the support contacts on every page, once the number of pages is known. */
function stampPages(doc: Pdf, document: PdfDocument): void {
  const { start, count } = doc.bufferedPageRange();
  const format = document.pageNumbers ?? '{page} / {pages}';
  const support = document.support && supportLine(document.language, document.support);
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    margins.bottom = 0; // writing in the margin must not start a new page
    doc.font('regular').fontSize(8).fillColor('#444444');
    const width = textWidth(doc);
    if (document.header)
      doc.text(document.header, margins.left, margins.top / 2 - 4, { width, height: 10, ellipsis: true });
    const number = format.replaceAll('{page}', String(i + 1)).replaceAll('{pages}', String(count));
    doc.text(number, margins.left, doc.page.height - bottom / 2 - 4, { width, align: 'center', lineBreak: false });
    // above the page number, inside the bottom margin the text never enters
    if (support)
      doc.text(support, margins.left, doc.page.height - bottom / 2 - 16, {
        width,
        height: 10,
        align: 'center',
        ellipsis: true,
      });
    margins.bottom = bottom;
  }
  doc.fillColor('black');
}

function rule(doc: Pdf, fromX: number, toX: number, y: number): void {
  doc.moveTo(fromX, y).lineTo(toX, y).lineWidth(0.5).stroke(ruleColor);
}

function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

const left = (doc: Pdf) => doc.page.margins.left;
const textWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const pageBottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;
