import type { StatementFormat } from './officer-payments-api.ts';

/**
 * The idempotency key of one form (ACC-14): made once when the form opens, sent with every try of
 * it, so a double click or a retry after a lost answer posts once; a new form gets a new key.
 */
export function newIdempotencyKey(prefix: string, uuid: () => string = () => crypto.randomUUID()): string {
  return `${prefix}-${uuid()}`;
}

/**
 * An amount as an officer types it, in the server's form: spaces between thousands dropped, a
 * decimal comma made a point; null when it is not tenge with at most two places above zero.
 */
export function tengeTyped(text: string): string | null {
  const plain = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/.test(plain)) return null;
  return Number(plain) > 0 ? plain : null;
}

/** A statement file's format: camt.053 when it is XML (by its name, or by its first character), CSV otherwise. */
export function statementFormatOf(fileName: string, content: string): StatementFormat {
  if (/\.xml$/i.test(fileName)) return 'camt053';
  return content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<')
    ? 'camt053'
    : 'csv';
}
