import { defineErrors } from '../../platform/errors.ts';

/**
 * The core refusals of the declarations module. Parts of the module with refusals of their own
 * (submission, decisions, attachments, risk profiles) define them beside their code with the
 * DECL_ prefix: codes are global.
 */
export const DeclarationErrors = defineErrors({
  DECL_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Декларация табылмады.',
      ru: 'Декларация не найдена.',
      en: 'The declaration was not found.',
    },
  },
  DECL_ATTACHMENT_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Тіркелген файл табылмады.',
      ru: 'Приложенный файл не найден.',
      en: 'The attached file was not found.',
    },
  },
  DECL_KIND_INVALID: {
    status: 400,
    message: {
      kk: 'Құжат түрі белгісіз: {kind}.',
      ru: 'Неизвестный вид документа: {kind}.',
      en: 'Unknown kind of document: {kind}.',
    },
  },
  DECL_DOCUMENT_INVALID: {
    status: 400,
    message: {
      kk: 'Құжаттың құрылымы үлгіге сәйкес емес: {problem}.',
      ru: 'Структура документа не соответствует модели: {problem}.',
      en: 'The document does not fit its model: {problem}.',
    },
  },
  DECL_TRANSITION_NOT_ALLOWED: {
    status: 409,
    message: {
      kk: '«{status}» мәртебесіндегі декларацияға «{action}» әрекеті рұқсат етілмейді.',
      ru: 'Действие «{action}» недопустимо для декларации в статусе «{status}».',
      en: 'The action "{action}" is not allowed for a declaration in status "{status}".',
    },
  },
  DECL_NOT_EDITABLE: {
    status: 409,
    message: {
      kk: 'Декларацияны өзгертуге болмайды: ол енді жоба емес.',
      ru: 'Декларацию нельзя изменить: она уже не черновик.',
      en: 'The declaration can no longer be changed: it is not a draft.',
    },
  },
  DECL_REVISION_CONFLICT: {
    status: 409,
    message: {
      kk: 'Декларация басқа терезеде өзгертілген (нұсқасы: {current}). Соңғы нұсқасын ашыңыз.',
      ru: 'Декларация изменена в другом окне (версия {current}). Откройте актуальную версию.',
      en: 'The declaration was changed elsewhere (revision {current}). Open the current revision.',
    },
  },
  DECL_CONTROL_FAILED: {
    status: 422,
    message: {
      kk: 'Құжат пішіндік-логикалық бақылаудан өтпеді: қателер саны — {count}. Оларды түзетіп, құжатты қайта жіберіңіз.',
      ru: 'Документ не прошёл форматно-логический контроль: ошибок — {count}. Исправьте их и отправьте документ снова.',
      en: 'The document failed format-logical control with {count} error(s). Correct them and send it again.',
    },
  },
});
