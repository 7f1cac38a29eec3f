import { allRules } from '@shekara/contracts/declarations/control';
import { officialLanguageProblems } from '@shekara/contracts/i18n';
import { describe, expect, it } from 'vitest';
import '../../modules/index.ts';
import { errorCatalogue } from '../errors.ts';

/** Each kk/ru text with what is wrong in it, for a failure that names them all at once. */
function problemsOf(texts: Iterable<[where: string, kk: string, ru: string]>): string[] {
  const out: string[] = [];
  for (const [where, kk, ru] of texts) {
    for (const [language, text] of [
      ['kk', kk],
      ['ru', ru],
    ] as const) {
      for (const p of officialLanguageProblems(text, language))
        out.push(`${where} ${language}: «${p.found}» — ${p.hint}`);
    }
  }
  return out;
}

describe('server texts in official Kazakh and Russian (issue 21 point 8)', () => {
  it('every error message', () => {
    const texts = [...errorCatalogue()].map(
      ([code, d]) => [code, d.message.kk, d.message.ru] as [string, string, string],
    );
    expect(texts.length).toBeGreaterThan(200);
    expect(problemsOf(texts)).toEqual([]);
  });

  it('every message of format-logical control', () => {
    const texts = allRules.map((r) => [r.id, r.message.kk, r.message.ru] as [string, string, string]);
    expect(problemsOf(texts)).toEqual([]);
  });
});
