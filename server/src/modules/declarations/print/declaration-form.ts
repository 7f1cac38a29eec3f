import type { DeclarationKind, DocumentOfKind } from '@shekara/contracts/declarations/documents';
import type { PdfDocument } from '../../../platform/pdf/index.ts';
import { customsValue1Pdf, customsValue2Pdf } from './customs-value.ts';
import { genericFormPdf } from './generic-form.ts';
import { goodsDeclarationPdf } from './goods-sheets.ts';
import type { PrintFacts } from './print-facts.ts';
import { transitDeclarationPdf } from './transit-sheets.ts';

/** The printed form of a declaration of any kind: its own form where it has one, its sections otherwise. */
export function declarationForm(kind: DeclarationKind, document: unknown, facts: PrintFacts): PdfDocument {
  switch (kind) {
    case 'goods':
      return goodsDeclarationPdf(document as DocumentOfKind['goods'], facts);
    case 'transit':
      return transitDeclarationPdf(document as DocumentOfKind['transit'], facts);
    case 'customs_value_1':
      return customsValue1Pdf(document as DocumentOfKind['customs_value_1'], facts);
    case 'customs_value_2':
      return customsValue2Pdf(document as DocumentOfKind['customs_value_2'], facts);
    default:
      return genericFormPdf(kind, document, facts);
  }
}
