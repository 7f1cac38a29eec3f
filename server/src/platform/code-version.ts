/**
 * A digest of every source the running bundle was made from, which server/bundle.mjs writes into
 * the bundle; undeclared when the sources run through tsx.
 */
declare const SHEKARA_CODE_VERSION: string | undefined;

/**
 * The version of the running code: the same string for the same sources, another after any change.
 * Null when the server runs from its sources (tests, `tsx`), where nothing may be skipped on the
 * strength of it.
 */
export function codeVersion(): string | null {
  return typeof SHEKARA_CODE_VERSION === 'string' ? SHEKARA_CODE_VERSION : null;
}
