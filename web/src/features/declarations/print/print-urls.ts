import type { DataReadReason } from '@shekara/contracts/accounts';
import { type PrintLanguage, printRoutes } from '@shekara/contracts/declarations/print';
import { urlOf } from '@shekara/contracts/http';

/** The addresses of a declaration's printed forms (ACC-19): opened in a new tab, the browser shows the PDF. */
export const declarationPdfUrl = (id: string, lang: PrintLanguage) =>
  urlOf(printRoutes.declarationPdf, { params: { id }, query: { lang } });

export const receiptPdfUrl = (id: string, lang: PrintLanguage) =>
  urlOf(printRoutes.receiptPdf, { params: { id }, query: { lang } });

export const officerDeclarationPdfUrl = (registrationNumber: string, reason: DataReadReason, lang: PrintLanguage) =>
  urlOf(printRoutes.officerDeclarationPdf, { params: { registrationNumber }, query: { lang, reason } });
