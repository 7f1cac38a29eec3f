import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of corrections after release (КДТ). */
export const CorrectionErrors = defineErrors({
  DECL_CORRECTION_NOT_RELEASED: {
    status: 409,
    message: {
      kk: 'Түзету (ДТК) тек шығарылған декларацияға беріледі; бұл декларацияның мәртебесі «{status}».',
      ru: 'Корректировка (КДТ) подаётся только по выпущенной декларации; статус этой декларации — «{status}».',
      en: 'A correction (КДТ) is filed only for a released declaration; this one is "{status}".',
    },
  },
});
