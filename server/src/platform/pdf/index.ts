export type {
  PdfBlock,
  PdfDocument,
} from './document.ts';
export { renderPdf } from './render.ts';
