export type {
  PdfBlock,
  PdfBox,
  PdfDocument,
} from './document.ts';
export { printOn, printPdf, renderBounded } from './print-task.ts';
export { printedAmount, printedFigures } from './printed-values.ts';
export { renderPdf } from './render.ts';
