import { interpolate, type Language, type LocalizedText, type MessageParams } from './i18n/language.ts';

/**
 * One error type for the whole system. Business code throws an `AppError` made by a module's
 * `defineErrors` factory; `platform/http/error-handler.ts` alone turns it into an HTTP response.
 */
export interface ErrorDefinition {
  status: number;
  message: LocalizedText;
}

/**
 * What a message inserts. A status, a kind, a field or an amount goes in as a `LocalizedText`, so
 * that each language names it in its own words (issue 21 point 5); a day as `printedDate` writes it.
 */
export type ErrorParams = MessageParams;

export class AppError extends Error {
  /** When the client may try again: the response's Retry-After header. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: ErrorParams = {},
    /** Machine-readable extra facts for the client (for example which fields failed). */
    readonly details?: unknown,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(`${code}: ${interpolate(messageOf(code).en, params)}`, { cause: options?.cause });
    this.name = 'AppError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  messageIn(language: Language): string {
    return interpolate(messageOf(this.code)[language], this.params, language);
  }
}

export type ErrorFactory = (
  params?: ErrorParams,
  extra?: { details?: unknown; cause?: unknown; retryAfterSeconds?: number },
) => AppError;

const catalogue = new Map<string, ErrorDefinition>();

/**
 * Registers a module's error codes and returns a factory per code, so a code cannot be thrown
 * without its status and its three messages. Codes are global and stable: clients key on them.
 */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(
  definitions: T,
): { [K in keyof T]: ErrorFactory } {
  const factories = {} as Record<string, ErrorFactory>;
  for (const [code, definition] of Object.entries(definitions)) {
    const known = catalogue.get(code);
    if (known && known !== definition) throw new Error(`error code ${code} is defined twice`);
    if (!/^[A-Z][A-Z0-9_]+$/.test(code)) throw new Error(`error code ${code} must be UPPER_SNAKE_CASE`);
    catalogue.set(code, definition);
    factories[code] = (params, extra) =>
      new AppError(code, definition.status, params, extra?.details, {
        cause: extra?.cause,
        retryAfterSeconds: extra?.retryAfterSeconds,
      });
  }
  return factories as { [K in keyof T]: ErrorFactory };
}

export function errorCatalogue(): ReadonlyMap<string, ErrorDefinition> {
  return catalogue;
}

function messageOf(code: string): LocalizedText {
  const definition = catalogue.get(code);
  if (!definition) throw new Error(`error code ${code} is not defined`);
  return definition.message;
}

/** Errors every module can meet: they belong to no single capability. */
export const PlatformErrors = defineErrors({
  INTERNAL_ERROR: {
    status: 500,
    message: {
      kk: 'Ішкі қате орын алды. Қолдау қызметіне сұрау нөмірін хабарлаңыз.',
      ru: 'Произошла внутренняя ошибка. Сообщите номер запроса в службу поддержки.',
      en: 'An internal error occurred. Please give the request id to the support service.',
    },
  },
  NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Сұралған ресурс табылмады.',
      ru: 'Запрошенный ресурс не найден.',
      en: 'The requested resource was not found.',
    },
  },
  VALIDATION_FAILED: {
    status: 400,
    message: {
      kk: 'Сұрау деректері тексеруден өтпеді: пішіннің толтырылуын тексеріңіз.',
      ru: 'Данные запроса не прошли проверку: проверьте, как заполнена форма.',
      en: 'The request data failed validation: {fields}.',
    },
  },
  INVALID_TEXT: {
    status: 400,
    message: {
      kk: 'Сұрау мәтінінде жарамсыз таңба бар: {field} (нөлдік таңба немесе суррогат жұптың жартысы).',
      ru: 'Текст запроса содержит недопустимый символ: {field} (нулевой символ или половина суррогатной пары).',
      en: 'The request text holds a character that is not allowed: {field} (a NUL character or half of a surrogate pair).',
    },
  },
  MALFORMED_REQUEST: {
    status: 400,
    message: {
      kk: 'Сұрауды оқу мүмкін емес: денесі дұрыс пішімделмеген.',
      ru: 'Запрос не удалось прочитать: тело запроса имеет неверный формат.',
      en: 'The request could not be read: its body is malformed.',
    },
  },
  MALFORMED_URL: {
    status: 400,
    message: {
      kk: 'Сұрау мекенжайын оқу мүмкін емес: ол пайыздық кодтаудағы жарамды UTF-8 емес.',
      ru: 'Адрес запроса не удалось прочитать: он не является корректным UTF-8 в процентной кодировке.',
      en: 'The request address could not be read: it is not valid percent-encoded UTF-8.',
    },
  },
  URL_TOO_LONG: {
    status: 414,
    message: {
      kk: 'Сұрау мекенжайының бір бөлігі тым ұзын.',
      ru: 'Часть адреса запроса слишком длинная.',
      en: 'A part of the request address is too long.',
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    message: {
      kk: 'Сұрау тым үлкен: ең көбі {limit} байт.',
      ru: 'Запрос слишком велик: не более {limit} байт.',
      en: 'The request is too large: at most {limit} bytes.',
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: {
      kk: 'Сұрау денесінің түрі қолдау көрсетілмейді.',
      ru: 'Тип содержимого запроса не поддерживается.',
      en: 'The request body media type is not supported.',
    },
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: {
      kk: 'Дерекқор қолжетімсіз. Біраздан кейін қайталап көріңіз.',
      ru: 'База данных недоступна. Повторите попытку позже.',
      en: 'The database is unavailable. Please try again later.',
    },
  },
  SHUTTING_DOWN: {
    status: 503,
    message: {
      kk: 'Жүйе қайта іске қосылуда. Біраздан кейін қайталап көріңіз.',
      ru: 'Система перезапускается. Повторите попытку позже.',
      en: 'The system is restarting. Please try again shortly.',
    },
  },
  NOT_READY: {
    status: 503,
    message: {
      kk: 'Бұл сервер сұрауларды қабылдауға әлі дайын емес. Біраздан кейін қайталап көріңіз.',
      ru: 'Этот сервер ещё не готов принимать запросы. Повторите попытку позже.',
      en: 'This server is not ready to take requests yet. Please try again shortly.',
    },
  },
  METRICS_TOKEN_INVALID: {
    status: 401,
    message: {
      kk: 'Метрикалар тек сұрау тақырыбында берілген оператор токенімен беріледі.',
      ru: 'Метрики выдаются только с токеном оператора в заголовке запроса.',
      en: 'The metrics are given only with the operator’s token (Authorization: Bearer …).',
    },
  },
  SERVER_BUSY: {
    status: 503,
    message: {
      kk: 'Сервер басқа құжаттарды тексерумен бос емес. {seconds} секундтан кейін қайталап көріңіз.',
      ru: 'Сервер занят проверкой других документов. Повторите попытку через {seconds} с.',
      en: 'The server is busy checking other documents. Please try again in {seconds} s.',
    },
  },
  DOCUMENT_TOO_COMPLEX: {
    status: 422,
    message: {
      kk: 'Құжатты {seconds} секунд ішінде тексеру мүмкін болмады: ол тым үлкен немесе тым күрделі.',
      ru: 'Документ не удалось проверить за {seconds} с: он слишком велик или сложен.',
      en: 'The document could not be checked within {seconds} s: it is too large or too complex.',
    },
  },
  RATE_LIMITED: {
    status: 429,
    message: {
      kk: 'Сұраулар тым көп. {seconds} секундтан кейін қайталап көріңіз.',
      ru: 'Слишком много запросов. Повторите попытку через {seconds} с.',
      en: 'Too many requests. Please try again in {seconds} s.',
    },
  },
});
