import { describe, expect, it } from 'vitest';
import { errorCatalogue } from './platform/errors.ts';
import { languages } from './platform/i18n/language.ts';
import './modules/index.ts';

// With every module loaded, so that each module's errors are in the catalogue beside the platform's.
describe("every module's errors", () => {
  it('have an HTTP status and a message in kk, ru and en', () => {
    const codes = [...errorCatalogue().keys()];
    // The platform's, accounts' and declarations' errors among them: the modules' were loaded.
    for (const code of ['PAYLOAD_TOO_LARGE', 'REG_IIN_BIN_INVALID', 'DECL_NOT_FOUND']) expect(codes).toContain(code);
    for (const [code, definition] of errorCatalogue()) {
      expect(definition.status, code).toBeGreaterThanOrEqual(400);
      expect(definition.status, code).toBeLessThan(600);
      for (const language of languages) expect(definition.message[language].trim(), `${code} ${language}`).not.toBe('');
      // A message left untranslated shows up as the same text in two languages.
      expect(definition.message.kk, code).not.toBe(definition.message.en);
      expect(definition.message.ru, code).not.toBe(definition.message.en);
    }
  });
});
