import { defineErrors } from '../errors.ts';

/** Refusals of a printed form: a document the bounds of print-task.ts do not let through. */
export const PrintErrors = defineErrors({
  PRINT_TOO_LONG: {
    status: 422,
    message: {
      kk: 'Құжат басып шығаруға тым ұзын: {maxPages} беттен артық.',
      ru: 'Документ слишком длинный для печати: более {maxPages} страниц.',
      en: 'The document is too long to print: more than {maxPages} pages.',
    },
  },
  PRINT_TIMED_OUT: {
    status: 422,
    message: {
      kk: 'Баспа нысаны {seconds} секунд ішінде дайындалмады: құжат тым үлкен.',
      ru: 'Печатная форма не подготовлена за {seconds} с: документ слишком велик.',
      en: 'The printed form could not be made within {seconds} s: the document is too large.',
    },
  },
});
