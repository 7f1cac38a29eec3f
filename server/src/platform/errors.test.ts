import { describe, expect, it } from 'vitest';
import { AppError, defineErrors, errorCatalogue, PlatformErrors } from './errors.ts';
import { languages } from './i18n/language.ts';

describe('the error catalogue', () => {
  it('gives every code an HTTP status and a message in kk, ru and en', () => {
    expect(errorCatalogue().size).toBeGreaterThan(0);
    for (const [code, definition] of errorCatalogue()) {
      expect(definition.status, code).toBeGreaterThanOrEqual(400);
      expect(definition.status, code).toBeLessThan(600);
      for (const language of languages) expect(definition.message[language].trim(), `${code} ${language}`).not.toBe('');
      // A message left untranslated shows up as the same text in two languages.
      expect(definition.message.kk, code).not.toBe(definition.message.en);
      expect(definition.message.ru, code).not.toBe(definition.message.en);
    }
  });

  it('makes errors that carry code, status and a message per language', () => {
    const error = PlatformErrors.PAYLOAD_TOO_LARGE({ limit: 1024 });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.messageIn('en')).toBe('The request is too large: at most 1024 bytes.');
    expect(error.messageIn('ru')).toBe('Запрос слишком велик: не более 1024 байт.');
    expect(error.messageIn('kk')).toBe('Сұрау тым үлкен: ең көбі 1024 байт.');
  });

  it('refuses a code defined twice with different meanings', () => {
    const message = { kk: 'а', ru: 'б', en: 'c' };
    expect(() => defineErrors({ NOT_FOUND: { status: 410, message } })).toThrow(/defined twice/);
  });

  it('refuses codes that are not UPPER_SNAKE_CASE', () => {
    expect(() => defineErrors({ 'bad-code': { status: 400, message: { kk: 'а', ru: 'б', en: 'c' } } })).toThrow(
      /UPPER_SNAKE_CASE/,
    );
  });
});
