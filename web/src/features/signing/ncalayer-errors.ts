import { SigningError } from './signer.ts';

/** The step an NCALayer call failed at: a failure to connect means NCALayer is not there at all. */
export type NcaLayerStep = 'connect' | 'sign';

// NCALayer's own words, as ncalayer-js-client passes them on: commonUtils answers
// "500: action.canceled" when the user closes the key window; the basics module and KAZTOKEN set
// `canceledByUser`. Key-store messages differ between versions, so they are matched loosely.
const cancelled = /action\.cancel+ed|cancel+ed by user|отменен/i;
const noKey =
  /no\s*keys?\b|key.?not.?found|keys?.?(list\s*)?(is\s*)?empty|empty.?key|storage\.empty|keystore.*(empty|not found)|ключ.*не найден|нет ключ/i;
// The library's words when the socket fails or closes under it; NCALayer was quit mid-way.
const connectionLost =
  /NCALayer закрыл соединение|Ошибка взаимодействия с NCALayer\. В том случае|Подключение к NCALayer не установлено/i;

// What ncalayer-js-client makes of an answer without `code` and `message`: words for no one.
const emptyWords = /^undefined: undefined/;

/**
 * Turns whatever ncalayer-js-client throws into one of the four codes every signer speaks. Where
 * the library's own words are empty ("undefined: undefined"), NCALayer's raw `answer` is kept
 * instead, for support.
 */
export function toSigningError(error: unknown, step: NcaLayerStep, answer?: string): SigningError {
  if (error instanceof SigningError) return error;
  const said = error instanceof Error ? error.message : String(error);
  const message = emptyWords.test(said) ? `NCALayer answered ${answer?.slice(0, 300) ?? 'nothing readable'}` : said;
  // Any failure before NCALayer answered its version: refused socket, untrusted certificate, closed.
  if (step === 'connect') return new SigningError('NCALAYER_NOT_RUNNING', message);
  if (hasCancelFlag(error) || cancelled.test(message)) return new SigningError('CANCELLED', message);
  if (noKey.test(message)) return new SigningError('NO_KEY', message);
  if (connectionLost.test(message)) return new SigningError('NCALAYER_NOT_RUNNING', message);
  return new SigningError('FAILED', message);
}

function hasCancelFlag(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'canceledByUser' in error && error.canceledByUser === true;
}
