export type {
  PdfBlock,
  PdfBox,
  PdfDocument,
} from './document.ts';
export { PrintErrors } from './errors.ts';
export { printOn, printPdf, type RenderedPdf, renderBounded, renderPdfTask } from './print-task.ts';
export { printedAmount, printedFigures } from './printed-values.ts';
export { maxPdfPages, renderPdf } from './render.ts';
