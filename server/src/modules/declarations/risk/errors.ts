import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of the administration of risk profiles. */
export const RiskErrors = defineErrors({
  DECL_RISK_PROFILE_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Тәуекел бейіні табылмады.',
      ru: 'Профиль риска не найден.',
      en: 'The risk profile was not found.',
    },
  },
  DECL_RISK_PROFILE_DATES_INVALID: {
    status: 400,
    message: {
      kk: 'Бейіннің аяқталу күні оның басталу күнінен бұрын болмауы керек.',
      ru: 'Дата окончания профиля не может быть раньше даты начала.',
      en: 'A profile cannot end before it begins.',
    },
  },
});
