export type {
  PdfBlock,
  PdfColumn,
  PdfDocument,
  PdfFields,
  PdfHeading,
  PdfPageBreak,
  PdfParagraph,
  PdfSignature,
  PdfSpace,
  PdfTable,
} from './document.ts';
export { renderPdf } from './render.ts';
