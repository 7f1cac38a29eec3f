import { defineErrors } from '../../platform/errors.ts';

/** Refusals of the portal's content editor and its downloads (issue 5 point 7). */
export const PortalErrors = defineErrors({
  PORTAL_ITEM_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Мұндай жарияланым табылмады.',
      ru: 'Такая публикация не найдена.',
      en: 'There is no such publication.',
    },
  },
  PORTAL_SLUG_TAKEN: {
    status: 409,
    message: {
      kk: '«{slug}» мекенжайы осы бөлімде бос емес: басқасын таңдаңыз.',
      ru: 'Адрес «{slug}» в этом разделе уже занят: выберите другой.',
      en: 'The address "{slug}" is already used in this section: choose another one.',
    },
  },
  PORTAL_TRANSLATION_MISSING: {
    status: 422,
    message: {
      kk: 'Жариялау үшін тақырып қазақ, орыс және ағылшын тілдерінде толтырылуы керек; жоғы: {missing}.',
      ru: 'Для публикации заголовок должен быть на казахском, русском и английском языках; не хватает {missing}.',
      en: 'To publish, the title must be given in Kazakh, Russian and English: {missing} is missing.',
    },
  },
  PORTAL_FILE_REQUIRED: {
    status: 422,
    message: {
      kk: 'Бағдарламаны жариялау үшін оның файлын жүктеңіз.',
      ru: 'Чтобы опубликовать программу, загрузите её файл.',
      en: 'Upload the program’s file before publishing it.',
    },
  },
  PORTAL_FILE_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Мұндай файл жоқ.',
      ru: 'Такого файла нет.',
      en: 'There is no such file.',
    },
  },
  PORTAL_FILE_INVALID: {
    status: 400,
    message: {
      kk: 'Файл қабылданбады: {reason}.',
      ru: 'Файл не принят: {reason}.',
      en: 'The file was not accepted: {reason}.',
    },
  },
  PORTAL_NOTICE_WINDOW_INVALID: {
    status: 400,
    message: {
      kk: 'Хабарландыруға жұмыстардың басталу және аяқталу уақыты керек, аяқталуы басталуынан кейін.',
      ru: 'В объявлении нужны начало и окончание работ, причём окончание позже начала.',
      en: 'A notice needs the start and the end of the maintenance, the end after the start.',
    },
  },
});
