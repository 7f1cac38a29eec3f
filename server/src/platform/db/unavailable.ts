/**
 * Recognises failures that mean "the database cannot be reached" rather than "this query is wrong",
 * so clients get 503 DATABASE_UNAVAILABLE (retry later) instead of 500.
 */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE']);
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash).
const sqlStates = /^(08|57P0)/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (networkCodes.has(code) || sqlStates.test(code))) return true;
  return /PGlite is closed|Connection terminated|connection timeout|Cannot use a pool after calling end/i.test(
    error.message,
  );
}
