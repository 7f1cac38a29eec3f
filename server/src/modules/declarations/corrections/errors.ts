import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of corrections after release (КДТ). */
export const CorrectionErrors = defineErrors({
  DECL_CORRECTION_GOODS_ONLY: {
    status: 409,
    message: {
      kk: 'Тауарларға арналған декларацияны түзету (ТДТ) тек тауарларға арналған декларация бойынша беріледі; бұл — «{kind}».',
      ru: 'Корректировка декларации на товары (КДТ) подаётся только по декларации на товары; эта декларация — «{kind}».',
      en: 'A correction of the goods declaration (KDT) is filed only for a goods declaration; this one is a "{kind}".',
    },
  },
  DECL_CORRECTION_NOT_RELEASED: {
    status: 409,
    message: {
      kk: 'Тауарларға арналған декларацияны түзету (ТДТ) тауарлары шығарылған декларация бойынша ғана беріледі; бұл декларацияның мәртебесі — «{status}».',
      ru: 'Корректировка декларации на товары (КДТ) подаётся только по декларации, товары по которой выпущены; статус этой декларации — «{status}».',
      en: 'A correction of the goods declaration (KDT) is filed only for a declaration whose goods are released; this one is "{status}".',
    },
  },
});
