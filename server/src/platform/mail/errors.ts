import { defineErrors } from '../errors.ts';

export const MailErrors = defineErrors({
  MAIL_MESSAGE_INVALID: {
    status: 400,
    message: {
      kk: 'Хатты жіберу мүмкін емес: {problems}.',
      ru: 'Письмо не может быть отправлено: {problems}.',
      en: 'The e-mail cannot be sent: {problems}.',
    },
  },
});
