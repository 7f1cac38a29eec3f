import { describe, expect, it } from 'vitest';
import { type DemoLine, demoLines, demoSections } from './demo-data.ts';

const lines: readonly DemoLine[] = [...demoSections, ...demoLines];
const byCode = (code: string) => lines.find(([c]) => c === code);
/** Russian letters Kazakh words do not need alone: a Kazakh name is not a Russian one left untranslated. */
const kazakhLetters = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const dashes = (text: string) => /^(- )*/.exec(text)![0];

/**
 * The bundled TN VED lines in Kazakh as officials read them (issue 21 point 7): every line named,
 * in the same shape as the Russian line, with the numbers, codes and Latin names it carries.
 */
describe('the bundled TN VED lines in Kazakh (issue 21 point 7)', () => {
  it('name every line in kk and ru, trimmed', () => {
    for (const [code, ru, kk] of lines) {
      expect(ru.trim(), code).not.toBe('');
      expect(kk.trim(), code).not.toBe('');
      expect(kk, code).toBe(kk.trim());
      expect(kk, code).not.toMatch(/\s{2}/);
    }
  });

  it('write the Kazakh line as the Russian one is written: uppercase with it, with its dashes, in Kazakh', () => {
    for (const [code, ru, kk] of lines) {
      expect(dashes(kk), code).toBe(dashes(ru));
      if (ru === ru.toUpperCase()) expect(kk, code).toBe(kk.toUpperCase());
      // a line of one word may be the same in both languages (авокадо, коньяк); a longer one is translated
      if (ru.replace(/^(- )*/, '').split(' ').length > 2) expect(kk, code).not.toBe(ru);
    }
    const translated = lines.filter(([, , kk]) => kazakhLetters.test(kk)).length;
    expect(translated / lines.length).toBeGreaterThan(0.9);
  });

  it('keep the numbers, codes and Latin names of the Russian line', () => {
    for (const [code, ru, kk] of lines) {
      for (const number of ru.match(/\d+(,\d+)?/g) ?? []) expect(kk, `${code}: ${number}`).toContain(number);
      for (const latin of ru.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) expect(kk, `${code}: ${latin}`).toContain(latin);
    }
  });

  it('name dates «құрма» in 0804, not «хурма» (persimmon)', () => {
    expect(byCode('0804')?.[2]).toMatch(/^ҚҰРМА, ІНЖІР/);
    expect(byCode('0804100000')?.[2]).toBe('- құрма');
    for (const [code, , kk] of lines) expect(kk.toLowerCase(), code).not.toContain('хурма');
  });
});
