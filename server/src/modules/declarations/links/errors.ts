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
      kk: '{field} өрісінде көрсетілген {number} нөмірлі құжат декларантта да, оның өкілінде де тіркелмеген.',
      ru: 'Документ № {number}, указанный в поле {field}, не зарегистрирован ни у декларанта, ни у его представителя.',
      en: 'No document numbered {number}, as named in {field}, is registered for the declarant or its representative.',
    },
  },
  DECL_LINK_WRONG_KIND: {
    status: 422,
    message: {
      kk: '{number} нөмірлі құжат «{kind}» түріне жатады, ал {field} өрісінде «{expected}» құжаты көрсетілуі керек.',
      ru: 'Документ № {number} — вида «{kind}», а в поле {field} указывается документ вида «{expected}».',
      en: 'Document {number} is of the kind "{kind}", while {field} names a document of the kind "{expected}".',
    },
  },
  DECL_LINK_NOT_OPEN: {
    status: 409,
    message: {
      kk: '{number} нөмірлі құжаттың мәртебесі «{status}»: оған декларация сілтей алмайды.',
      ru: 'Документ № {number} в статусе «{status}»: декларация не может на него ссылаться.',
      en: 'Document {number} is "{status}": a declaration cannot follow it.',
    },
  },
  DECL_LINK_CHANGED: {
    status: 409,
    message: {
      kk: 'Бұл декларация {linked} құжатымен байланысқан; байланысты өзгертуге болмайды ({field} өрісінде {number}).',
      ru: 'Эта декларация уже связана с документом № {linked}; связь не меняется (в поле {field} указан № {number}).',
      en: 'This declaration already follows document {linked}; the link cannot change ({field} names {number}).',
    },
  },
});
