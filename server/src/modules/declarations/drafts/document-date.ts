import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { type AnyDocument, documentDateOf } from '@shekara/contracts/declarations/documents';
import { almatyDate } from '../../reference/index.ts';

const calendarDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The day classifiers and codes are judged on: the date the document gives (box 54 for goods)
 * when it reads as a calendar day, else today in Almaty — a malformed date is control's finding.
 */
export function controlDate(kind: DeclarationKind, document: AnyDocument, now: Date): string {
  const given = documentDateOf(kind, document);
  return given && calendarDay.test(given) && !Number.isNaN(Date.parse(`${given}T00:00:00Z`)) ? given : almatyDate(now);
}
