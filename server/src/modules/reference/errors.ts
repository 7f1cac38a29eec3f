import { defineErrors } from '../../platform/errors.ts';

export const ReferenceErrors = defineErrors({
  CALENDAR_RANGE_INVALID: {
    status: 400,
    message: {
      kk: 'Күнтізбе аралығы дұрыс емес: «from» күні «to» күнінен кеш болмауы керек, ал аралық {max} күннен аспауы керек.',
      ru: 'Неверный период календаря: дата «from» не может быть позже «to», а период — длиннее {max} дней.',
      en: 'Invalid calendar range: "from" may not be after "to", and the range may not exceed {max} days.',
    },
  },
});
