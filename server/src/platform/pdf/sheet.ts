import type { PdfBox, PdfSheet } from './document.ts';

type Pdf = PDFKit.PDFDocument;

const labelSize = 5.5;
const padding = 1.5;
const frameColor = '#000000';

/**
 * Draws a form of boxes (see PdfSheet) from the current position, on a new page when it does not
 * fit. A box's label and value are each cut to its rectangle, so no value can push another box
 * out of its place: the places are the form's, whatever is written in them.
 */
export function renderSheet(doc: Pdf, sheet: PdfSheet): void {
  const margins = doc.page.margins;
  const width = doc.page.width - margins.left - margins.right;
  const height = sheet.rows * sheet.rowHeight;
  if (doc.y + height > doc.page.height - margins.bottom && doc.y > margins.top) doc.addPage();
  const origin = { x: margins.left, y: doc.y, column: width / sheet.columns, row: sheet.rowHeight };
  doc.lineWidth(0.6).strokeColor(frameColor).fillColor('black');
  for (const box of sheet.boxes) if (!box.title) frame(doc, origin, box);
  doc.stroke();
  for (const box of sheet.boxes) writeBox(doc, origin, box);
  doc.x = margins.left;
  doc.y = origin.y + height + 4;
}

interface Origin {
  x: number;
  y: number;
  column: number;
  row: number;
}

function frame(doc: Pdf, o: Origin, box: PdfBox): void {
  doc.rect(o.x + box.x * o.column, o.y + box.y * o.row, box.width * o.column, box.height * o.row);
}

function writeBox(doc: Pdf, o: Origin, box: PdfBox): void {
  const x = o.x + box.x * o.column + padding;
  const width = box.width * o.column - 2 * padding;
  let y = o.y + box.y * o.row + padding;
  let height = box.height * o.row - 2 * padding;
  if (box.title) {
    doc.font('bold').fontSize(box.size ?? 11);
    doc.text(box.value ?? '', x, y, { width, height, align: 'center', ellipsis: true });
    return;
  }
  if (box.label) {
    doc.font('regular').fontSize(labelSize);
    doc.text(box.label, x, y, { width, height: labelSize * 1.3, lineBreak: false, ellipsis: true });
    y += labelSize * 1.25;
    height -= labelSize * 1.25;
  }
  if (box.value && height > 4) {
    doc.font('bold').fontSize(box.size ?? 7.5);
    doc.text(box.value, x, y, { width, height, ellipsis: true, lineGap: 0 });
  }
}
