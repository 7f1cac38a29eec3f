export type {
  PdfBlock,
  PdfBox,
  PdfDocument,
} from './document.ts';
export { renderPdf } from './render.ts';
