import type { ApplicantKind, ApplicationFields } from '@shekara/contracts/web-declarant-access';

/**
 * The Annex 1 application as the form holds it, and the exact fields sent (and, online, signed):
 * text trimmed, phones split on commas, an individual's empty OKPO left out (WD-35).
 */
/** The boxes of the form that hold text as typed (phones as one line, the sticker letter flattened). */
type DraftText =
  | 'fullName'
  | 'shortName'
  | 'okpo'
  | 'taxpayerNumber'
  | 'legalAddress'
  | 'actualAddress'
  | 'phones'
  | 'email'
  | 'stickerNumber'
  | 'stickerDate'
  | 'stickerCode'
  | 'customsBodyCode'
  | 'signatoryName';

export type ApplicationDraft = Record<DraftText, string> & {
  applicantKind: ApplicantKind;
  workplaces: number;
  consentToRules: boolean;
};

export const emptyDraft: ApplicationDraft = {
  applicantKind: 'legal_entity',
  fullName: '',
  shortName: '',
  okpo: '',
  taxpayerNumber: '',
  legalAddress: '',
  actualAddress: '',
  phones: '',
  email: '',
  workplaces: 1,
  consentToRules: false,
  stickerNumber: '',
  stickerDate: '',
  stickerCode: '',
  customsBodyCode: '',
  signatoryName: '',
};

/** The OKPO code's length by the kind of applicant; an individual may have none. */
export const okpoLength: Record<ApplicantKind, number | null> = {
  legal_entity: 8,
  individual_entrepreneur: 10,
  individual: null,
};

/** Which fields still stop the form from being sent: keys of the catalogue's `webDeclarant.form.problems`. */
export function draftProblems(draft: ApplicationDraft): string[] {
  const problems: string[] = [];
  const required: (keyof ApplicationDraft)[] = [
    'fullName',
    'shortName',
    'legalAddress',
    'actualAddress',
    'email',
    'stickerNumber',
    'stickerDate',
    'stickerCode',
    'customsBodyCode',
    'signatoryName',
  ];
  if (required.some((key) => String(draft[key]).trim() === '') || phonesOf(draft.phones).length === 0)
    problems.push('required');
  if (!/^\d{12}$/.test(draft.taxpayerNumber.trim())) problems.push('taxpayerNumber');
  const okpo = draft.okpo.trim();
  const length = okpoLength[draft.applicantKind];
  if ((length !== null || okpo !== '') && !new RegExp(`^\\d{${length ?? 10}}$`).test(okpo)) problems.push('okpo');
  if (!Number.isInteger(draft.workplaces) || draft.workplaces < 1 || draft.workplaces > 100)
    problems.push('workplaces');
  if (!draft.consentToRules) problems.push('consent');
  return problems;
}

export function phonesOf(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((phone) => phone.trim())
    .filter((phone) => phone !== '')
    .slice(0, 5);
}

/** The fields to send; `today` is the application's date ('YYYY-MM-DD'). Only call once draftProblems is empty. */
export function applicationFields(draft: ApplicationDraft, today: string): ApplicationFields {
  const okpo = draft.okpo.trim();
  return {
    applicantKind: draft.applicantKind,
    fullName: draft.fullName.trim(),
    shortName: draft.shortName.trim(),
    ...(okpo === '' ? {} : { okpo }),
    taxpayerNumber: draft.taxpayerNumber.trim(),
    legalAddress: draft.legalAddress.trim(),
    actualAddress: draft.actualAddress.trim(),
    phones: phonesOf(draft.phones),
    email: draft.email.trim(),
    workplaces: draft.workplaces,
    consentToRules: true,
    stickerLetter: {
      number: draft.stickerNumber.trim(),
      date: draft.stickerDate,
      stickerCode: draft.stickerCode.trim(),
    },
    customsBodyCode: draft.customsBodyCode,
    applicationDate: today,
    signatoryName: draft.signatoryName.trim(),
  };
}
