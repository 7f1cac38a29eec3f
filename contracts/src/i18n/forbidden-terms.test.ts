import { describe, expect, it } from 'vitest';
import { forbiddenTerms, forbiddenTermsIn } from './forbidden-terms.ts';

const found = (text: string, language: 'kk' | 'ru') => forbiddenTermsIn(text, language).map((term) => term.found);

describe('the one list of forbidden variants (issue 21 point 8)', () => {
  it('catches every case form of a replaced term, and leaves the right words alone', () => {
    expect(found('Кедендік өкілдер мен кедендік өкілінің', 'kk')).toEqual(['Кедендік өкіл']);
    expect(found('Кедендік өкілдік', 'kk')).toEqual([]);
    expect(found('Қолжетімділік бар; қол жетімділігі', 'kk')).toEqual(['Қолжетімділі']);
    expect(found('Сертификат кері қайтарылған', 'kk')).toEqual([]);
    expect(found('Декларация кері қайтарылды', 'kk')).toEqual(['кері қайтарылды']);
    expect(found('ДТ 12-бағаны; ДТС-1; ТД, ЭДТ', 'kk')).toEqual(['ДТ', 'ДТС']);
    expect(found('комбинация', 'kk')).toEqual([]);
    expect(found('номер свидетельства) о государственной регистрации', 'ru')).toEqual([
      'свидетельства) о государственной регистрации',
    ]);
    expect(found('Доступ предоставлен повторно; доступ предоставлен снова', 'ru')).toEqual([
      'предоставлен повторно',
      'предоставлен снова',
    ]);
    expect(found('Заявка принята в работу инспектором', 'ru')).toEqual(['инспектор', 'принята в работу']);
  });

  it('says for every entry what replaces it and where that term is written', () => {
    for (const language of ['kk', 'ru'] as const) {
      for (const term of forbiddenTerms[language]) {
        expect(term.use, String(term.variant)).not.toBe('');
        expect(term.variant.flags, String(term.variant)).not.toContain('g');
        // the word to use is no variant itself
        expect(found(term.use, language), term.use).toEqual([]);
      }
    }
  });
});
