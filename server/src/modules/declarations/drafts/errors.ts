import { defineErrors } from '../../../platform/errors.ts';

/**
 * Refusals of the drafts part: who may change a document, and the bounds of its attachments.
 * A missing file is DECL_ATTACHMENT_NOT_FOUND, one of the module's core codes (../errors.ts).
 */
export const DraftErrors = defineErrors({
  DECL_READ_ONLY: {
    status: 403,
    message: {
      kk: 'Бұл құжатты басқа ұйым толтырған: оны оқуға болады, бірақ өзгертуге болмайды.',
      ru: 'Документ оформлен другой организацией: его можно читать, но нельзя изменять.',
      en: 'The document was drawn up by another organisation: you may read it but not change it.',
    },
  },
  DECL_ATTACHMENT_TYPE_INVALID: {
    status: 415,
    message: {
      kk: 'Файлдың мазмұны оның түріне ({contentType}) сәйкес емес. PDF, JPEG немесе PNG файлын тіркеңіз.',
      ru: 'Содержимое файла не соответствует его типу ({contentType}). Прикрепите файл PDF, JPEG или PNG.',
      en: 'The file’s content does not match its type ({contentType}). Attach a PDF, JPEG or PNG file.',
    },
  },
  DECL_ATTACHMENT_NAME_INVALID: {
    status: 400,
    message: {
      kk: 'Файлдың атауы оның түріне сәйкес кеңейтіммен ({extensions}) аяқталуы тиіс.',
      ru: 'Имя файла должно оканчиваться расширением его типа ({extensions}).',
      en: 'The file name must end with an extension of its type ({extensions}).',
    },
  },
  DECL_ATTACHMENTS_TOO_MANY: {
    status: 409,
    message: {
      kk: 'Декларацияға {max} файлдан артық тіркеуге болмайды.',
      ru: 'К декларации можно прикрепить не более {max} файлов.',
      en: 'No more than {max} files may be attached to a declaration.',
    },
  },
});
