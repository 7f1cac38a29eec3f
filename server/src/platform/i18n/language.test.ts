import { describe, expect, it } from 'vitest';
import { cookieLanguage, interpolate, negotiateLanguage } from './language.ts';

describe('Accept-Language negotiation', () => {
  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['kk', 'kk'],
    ['kk-KZ,kk;q=0.9', 'kk'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'ru'],
    ['de, en;q=0.5, kk;q=0.8', 'kk'],
    ['en;q=0.2, ru;q=0.9', 'ru'],
    ['kk;q=0, en', 'en'],
    ['*', 'ru'],
    ['en;q=abc, kk', 'kk'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('the language chosen in the web app, from its cookie (issue 19 point 11)', () => {
  it.each([
    ['shekara_language=kk', 'kk'],
    ['shekara_csrf=abc; shekara_language=en; other=1', 'en'],
    ['shekara_language=de', undefined],
    ['other_shekara_language=kk', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(cookieLanguage(header)).toBe(expected);
  });
});

describe('message interpolation', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('at most {limit} bytes, {other}', { limit: 10 })).toBe('at most 10 bytes, {other}');
  });
});
