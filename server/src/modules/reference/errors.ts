import { defineErrors } from '../../platform/errors.ts';

export const ReferenceErrors = defineErrors({
  CALENDAR_RANGE_INVALID: {
    status: 400,
    message: {
      kk: 'Күнтізбе кезеңі дұрыс емес: кезеңнің басы оның соңынан кеш болмауы керек, ал кезең {max} күннен аспауы керек.',
      ru: 'Неверный период календаря: начало периода не может быть позже его окончания, а период — длиннее {max} дней.',
      en: 'Invalid calendar range: its start ("from") may not be after its end ("to"), and the range may not exceed {max} days.',
    },
  },
});
