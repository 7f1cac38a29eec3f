import { describe, expect, it } from 'vitest';
import { officialLanguageProblems } from '../i18n/index.ts';
import { consentTextOf, currentConsent } from './consent-texts.ts';

/**
 * The consent to the processing of personal data as a Kazakh or Russian official would write it
 * (issue 21): in the glossary's terms, with the laws named as the seeds name them, and saying the
 * same in both languages.
 */
describe('the consent to the processing of personal data', () => {
  const { kk, ru } = currentConsent.text;

  it('is written as officials write: no replaced term, no identifier, figures in official form', () => {
    expect(officialLanguageProblems(kk, 'kk')).toEqual([]);
    expect(officialLanguageProblems(ru, 'ru')).toEqual([]);
  });

  it('names the Customs Code in full and cites its articles 19 and 449 as the access rules do (seed 003, point 11)', () => {
    expect(kk).toContain(
      '«Қазақстан Республикасындағы кедендік реттеу туралы» 2017 жылғы 26 желтоқсандағы Қазақстан Республикасы Кодексінің 19 және 449-баптарын ескере отырып',
    );
    expect(ru).toContain(
      'с учётом статей 19 и 449 Кодекса Республики Казахстан от 26 декабря 2017 года «О таможенном регулировании в Республике Казахстан»',
    );
  });

  it('names an officer’s access to the data, as the law and the glossary do (glossary 31)', () => {
    expect(kk).toContain('менің деректеріме әрбір қол жеткізуі');
    expect(ru).toContain('обращение должностного лица таможенного органа к моим данным');
  });

  it('keeps the earlier wording, which consents already given name', () => {
    expect(currentConsent.version).not.toBe('2026-12-01');
    expect(consentTextOf('2026-12-01', 'ru')).toContain('Я даю согласие');
  });
});
