import type { Language } from './index.ts';

/**
 * Words the glossary (../shared/docs/GLOSSARY.md) replaces, per language (issue 21 points 1, 2 and
 * 8): one term per concept, the seeds' official words where they name the thing, Kazakh
 * abbreviations in Kazakh and Russian ones in Russian. Every text a user reads is checked against
 * this list — the server's messages, e-mails and printed forms, and the web app's catalogues.
 */
export interface ForbiddenTerm {
  /** the variant as it may be written; matched case-insensitively, as a whole word's start */
  variant: string;
  /** what to write instead */
  use: string;
  /** the glossary's row; absent for the state revenue bodies' abbreviations the glossary does not list */
  concept?: number;
}

export const forbiddenTerms: Readonly<Record<Language, readonly ForbiddenTerm[]>> = {
  kk: [
    { variant: 'кедендік өкіл', use: 'кеден өкілі', concept: 1 },
    { variant: 'кедендік қойма', use: 'кеден қоймасы', concept: 4 },
    { variant: 'кедендік орган', use: 'кеден органы', concept: 8 },
    { variant: 'лауазымды тұлға', use: 'лауазымды адам (кеден органының лауазымды адамы)', concept: 8 },
    { variant: 'транзит декларация', use: 'транзиттік декларация', concept: 11 },
    { variant: 'ДТС', use: 'КҚД (кедендік құн декларациясы)', concept: 12 },
    { variant: 'ДТК', use: 'ТДТ', concept: 13 },
    { variant: 'КДТ', use: 'ТДТ', concept: 13 },
    { variant: 'форматтық-логикалық', use: 'пішіндік-логикалық бақылау (seed 004)', concept: 15 },
    { variant: 'ФЛК', use: 'пішіндік-логикалық бақылау', concept: 15 },
    { variant: 'графа', use: 'баған', concept: 16 },
    { variant: 'жұмысқа қабылдан', use: 'өңдеуге қабылданды', concept: 21 },
    { variant: 'тәуекел профил', use: 'тәуекел бейіні', concept: 23 },
    { variant: 'ЭЦП', use: 'ЭЦҚ', concept: 25 },
    { variant: 'НУЦ', use: 'ҰКО (ҚР ҰКО)', concept: 25 },
    { variant: 'ҰКО ҚР', use: 'ҚР ҰКО', concept: 25 },
    { variant: 'қолжетімділі', use: 'қол жеткізу (құқығы)', concept: 31 },
    // suspension is «тоқтата тұру»: «тоқтатылды» says the thing has ended
    { variant: 'тоқтатылды', use: 'тоқтатыла тұрды', concept: 31 },
    { variant: 'тоқтатылады', use: 'тоқтатыла тұрады', concept: 31 },
    { variant: 'кері қайтарылды', use: 'кері қайтарып алынды', concept: 31 },
    { variant: 'кері қайтарылғандықтан', use: 'кері қайтарып алынғандықтан', concept: 31 },
    { variant: 'Веб-декларант', use: '«Web-декларант» кешені', concept: 32 },
    { variant: 'ОКПО', use: 'КҰЖЖ', concept: 33 },
    { variant: 'стикер', use: 'қорғаныс жапсырмасы', concept: 33 },
    { variant: 'қорғаныш', use: 'қорғаныс жапсырмасы', concept: 33 },
    { variant: 'ТН ВЭД', use: 'ЕАЭО СЭҚ ТН', concept: 36 },
    { variant: 'жіктеуіш', use: 'сыныптауыш', concept: 37 },
    { variant: 'ИИН', use: 'ЖСН' },
    { variant: 'БИН', use: 'БСН' },
    { variant: 'КБК', use: 'БСК (бюджеттік сыныптама коды)' },
    { variant: 'БЖК', use: 'БСК (бюджеттік сыныптама коды)' },
    { variant: 'МРП', use: 'АЕК' },
    { variant: 'НДС', use: 'ҚҚС' },
  ],
  ru: [
    { variant: 'принята в работу', use: 'принята к обработке', concept: 21 },
    { variant: 'КҚД', use: 'ДТС', concept: 12 },
    { variant: 'ТДТ', use: 'КДТ', concept: 13 },
    { variant: 'ДТК', use: 'КДТ', concept: 13 },
    { variant: 'ЭЦҚ', use: 'ЭЦП', concept: 25 },
    { variant: 'ҰКО', use: 'НУЦ РК', concept: 25 },
    { variant: 'предоставить повторно', use: 'предоставить вновь', concept: 31 },
    { variant: 'предоставлен повторно', use: 'предоставлен вновь', concept: 31 },
    { variant: 'повторно предостав', use: 'предоставить вновь', concept: 31 },
    { variant: 'Веб-декларант', use: 'комплекс «Web-декларант»', concept: 32 },
    {
      variant: 'свидетельств о государственной регистрации',
      use: 'справка о государственной регистрации',
      concept: 34,
    },
    {
      variant: 'свидетельство о государственной регистрации',
      use: 'справка о государственной регистрации',
      concept: 34,
    },
    { variant: 'ЖСН', use: 'ИИН' },
    { variant: 'БСН', use: 'БИН' },
    { variant: 'ЕАЭО', use: 'ЕАЭС', concept: 36 },
  ],
  en: [],
};

/** The forbidden variants a text uses, each with what to write instead. */
export function forbiddenTermsIn(text: string, language: Language): ForbiddenTerm[] {
  const lower = text.toLocaleLowerCase(language === 'en' ? 'en' : 'ru');
  return forbiddenTerms[language].filter((term) => {
    const variant = term.variant.toLocaleLowerCase('ru');
    for (let at = lower.indexOf(variant); at >= 0; at = lower.indexOf(variant, at + 1)) {
      // at a word's start only: «ДТС-1» is «ДТС», but «БИН» inside «комбинация» is not
      if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!)) return true;
    }
    return false;
  });
}
