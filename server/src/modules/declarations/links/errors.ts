import { defineErrors } from '../../../platform/errors.ts';

/**
 * Refusals of a declaration that names an earlier document (ACC-16, ACC-17), at submission and
 * again in the registering transaction. Another organisation's document reads as absent, as
 * everywhere, so numbers cannot be probed.
 */
export const LinkErrors = defineErrors({
  DECL_LINK_NOT_FOUND: {
    status: 422,
    message: {
      kk: '{number} нөмірлі құжат ({field}) декларантта да, оның өкілінде де тіркелмеген.',
      ru: 'Документ № {number} ({field}) не зарегистрирован ни у декларанта, ни у его представителя.',
      en: 'No document numbered {number} ({field}) is registered for the declarant or its representative.',
    },
  },
  DECL_LINK_WRONG_KIND: {
    status: 422,
    message: {
      kk: '{number} нөмірлі құжаттың түрі — {kind}, ал мұнда ({field}) мына құжат көрсетіледі: {expected}.',
      ru: 'Документ № {number} — {kind}, а здесь ({field}) указывается {expected}.',
      en: 'Document {number} is a {kind}, while {field} names a {expected}.',
    },
  },
  DECL_LINK_NOT_OPEN: {
    status: 409,
    message: {
      kk: '{number} нөмірлі құжаттың мәртебесі — «{status}»: декларация оған сілтей алмайды.',
      ru: 'Документ № {number} в статусе «{status}»: декларация не может на него ссылаться.',
      en: 'Document {number} is "{status}": a declaration cannot follow it.',
    },
  },
  DECL_LINK_CHANGED: {
    status: 409,
    message: {
      kk: 'Бұл декларация {linked} нөмірлі құжатпен байланысқан; бұл байланыс өзгермейді (көрсетілгені — {field}: {number}).',
      ru: 'Эта декларация уже связана с документом № {linked}; связь не меняется (указано — {field}: № {number}).',
      en: 'This declaration already follows document {linked}; the link cannot change ({field}: {number} is given).',
    },
  },
});
