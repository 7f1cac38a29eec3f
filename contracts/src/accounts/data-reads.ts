import { z } from 'zod';
import type { LocalizedText } from '../i18n/index.ts';

/**
 * Why an officer or administrator reads another person's data (ACC-7: every such read is
 * recorded). The officer chooses one of these fixed grounds; the user whose data it is sees it.
 */
export const dataReadReasons = [
  'declaration_review',
  'customs_control',
  'user_request',
  'access_measure',
  'audit_check',
] as const;
export type DataReadReason = (typeof dataReadReasons)[number];

export const dataReadReasonLabels: Record<DataReadReason, LocalizedText> = {
  declaration_review: {
    kk: 'Декларацияны қарау',
    ru: 'Рассмотрение декларации',
    en: 'Review of a declaration',
  },
  customs_control: {
    kk: 'Кедендік бақылау',
    ru: 'Таможенный контроль',
    en: 'Customs control',
  },
  user_request: {
    kk: 'Пайдаланушының өтініші',
    ru: 'Обращение пользователя',
    en: 'The user’s own request',
  },
  access_measure: {
    kk: 'Қол жеткізу құқығы бойынша шара',
    ru: 'Мера по доступу',
    en: 'A measure on access',
  },
  audit_check: {
    kk: 'Ішкі тексеру',
    ru: 'Внутренняя проверка',
    en: 'Internal check',
  },
};

/**
 * The `reason` every officer's read of a person's data carries in its address (in the body of a
 * POST that stands for a GET). Optional here so that a read without one is refused with the
 * system's own code (DATA_READ_REASON_REQUIRED).
 */
export const readReasonQuery = z.object({
  reason: z.enum(dataReadReasons).optional().describe('why the data are read (required; ACC-7)'),
});

/** What an officer's read is of, as the user whose data it is sees it (`advance_account`: the payer's advance account, ACC-14; `receipt_order`: a customs receipt order issued to the person). */
export const dataReadObjects = [
  'account',
  'account_access',
  'declaration',
  'attachment',
  'decision_payload',
  'advance_account',
  'receipt_order',
  'payment_application',
  'payment_obligation',
] as const;
export type DataReadObject = (typeof dataReadObjects)[number];
