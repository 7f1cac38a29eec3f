import type { Language } from '../../platform/i18n/language.ts';
import type { PdfDocument } from '../../platform/pdf/index.ts';
import type { SupportContacts } from '../../platform/support/contacts.ts';
import { printedTexts } from './printed-texts.ts';

/**
 * The blank application of Annex 1 (WD-17, WD-35), to print and fill in by hand: every field a
 * line to write on, the Rules' main terms (free of charge, WD-31; one login per workplace, WD-21..23;
 * no liability for failures on the user's side, WD-33), the consent to clauses 19–35, and the
 * signature and seal of the head or the individual. Offered for download from the public page.
 */
export function blankApplicationForm(language: Language, at: Date, support: SupportContacts): PdfDocument {
  const t = printedTexts[language].form;
  return {
    title: t.title,
    language,
    pageNumbers: printedTexts[language].pageNumbers,
    support,
    createdAt: at,
    blocks: [
      { type: 'fields', fields: [{ label: t.addressedTo, value: '' }], labelWidth: 0.45 },
      { type: 'space' },
      { type: 'paragraph', text: t.lead, align: 'justify' },
      {
        type: 'fields',
        labelWidth: 0.45,
        fields: [
          { label: `${t.applicantKind} (${Object.values(t.applicantKinds).join(' / ')})`, value: '' },
          { label: t.fullName, value: '' },
          { label: t.shortName, value: '' },
          { label: t.okpo, value: '' },
          { label: t.taxpayerNumber, value: '' },
          { label: t.legalAddress, value: '' },
          { label: t.actualAddress, value: '' },
          { label: t.phones, value: '' },
          { label: t.email, value: '' },
          { label: t.workplaces, value: '' },
          { label: t.stickerLetter, value: '' },
        ],
      },
      { type: 'space' },
      { type: 'paragraph', text: t.terms, align: 'justify' },
      { type: 'paragraph', text: `☐ ${t.consent}` },
      { type: 'space' },
      {
        type: 'signature',
        signers: [{ role: `${t.signatory}: ${t.signatoryRole}` }, { role: t.seal }],
        dateLabel: t.date,
      },
    ],
  };
}
