import type { Language } from './index.ts';

/**
 * Words the glossary (../shared/docs/GLOSSARY.md) and the seeds' official texts replace, per
 * language (issue 21 points 1, 2 and 8): one term per concept, the seeds' words where they name the
 * thing, Kazakh abbreviations in Kazakh and Russian ones in Russian. The one list every text a user
 * reads is checked against — the server's messages, e-mails and printed forms, and the web app's
 * catalogues.
 */
export interface ForbiddenTerm {
  /**
   * The variant, as a pattern so that every case form is caught («кедендік өкілдер», «кедендік
   * өкілінің»); each is narrow enough to leave the right word alone (a revoked certificate stays
   * «кері қайтарылған», glossary 27).
   */
  variant: RegExp;
  /** what to write instead */
  use: string;
  /** the glossary's or the seed's term, where `use` is a form of it rather than the term as written there */
  term?: string;
  /**
   * Where the term (`term`, else `use`) is written: `glossary N` (its row N, in the text's
   * language), `seed NNN` (that seed's text), `glossary preamble` (Kazakh abbreviations in Kazakh
   * letters, Russian ones in Russian), or `usage` for the name the state revenue bodies give a thing
   * the glossary does not list.
   */
  source: `glossary ${number}` | `seed ${string}` | 'glossary preamble' | 'usage';
  /** why the variant is wrong, or what stays allowed beside it */
  note?: string;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word or phrase at a word's start, in any letter case: «ДТС-1» is «ДТС», but «БИН» inside «комбинация» is not. */
const start = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(text)}`, 'iu');

/** A whole word or phrase, letter case as given: «ДТ» but not «ДТС» or «ЭДТ». */
const whole = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(text)}(?![\\p{L}\\p{N}])`, 'u');

export const forbiddenTerms: Readonly<Record<Language, readonly ForbiddenTerm[]>> = {
  kk: [
    {
      variant: /(?<![\p{L}\p{N}])кедендік өкіл(?!дік)/iu,
      use: 'кеден өкілі',
      source: 'glossary 1',
      note: '«кедендік өкілдік», the institution, stays',
    },
    { variant: start('кедендік қойма'), use: 'кеден қоймасы', source: 'glossary 4' },
    { variant: /(?<![\p{L}\p{N}])декларациялаушы/iu, use: 'декларант', source: 'glossary 7' },
    { variant: start('кедендік орган'), use: 'кеден органы', source: 'glossary 8' },
    { variant: start('лауазымды тұлға'), use: 'кеден органының лауазымды адамы', source: 'glossary 8' },
    { variant: whole('ДТ'), use: 'ТД', source: 'glossary 10' },
    { variant: start('транзит декларация'), use: 'транзиттік декларация', source: 'glossary 11' },
    { variant: start('ДТС'), use: 'КҚД-1', source: 'glossary 12', note: 'and КҚД-2' },
    { variant: start('ДТК'), use: 'ТДТ', source: 'glossary 13' },
    { variant: start('КДТ'), use: 'ТДТ', source: 'glossary 13' },
    {
      variant: start('форматтық-логикалық'),
      use: 'пішіндік-логикалық бақылау',
      source: 'seed 004',
      note: 'the glossary’s main column (row 15) names it otherwise: the seed’s term wins',
    },
    { variant: start('ФЛК'), use: 'пішіндік-логикалық бақылау', source: 'seed 004' },
    { variant: start('графа'), use: 'баған', source: 'glossary 16' },
    { variant: start('жұмысқа қабылда'), use: 'өңдеуге қабылданды', source: 'glossary 21' },
    { variant: start('кері қайтару'), use: 'кері қайтарып алу', source: 'glossary 22' },
    { variant: start('тәуекел профил'), use: 'тәуекел бейіні', source: 'glossary 23' },
    { variant: /тәуекел арнасы|жасыл арна/iu, use: 'жасыл / сары / қызыл дәліз', source: 'glossary 23' },
    { variant: start('ЭЦП'), use: 'ЭЦҚ', source: 'glossary 25' },
    { variant: start('НУЦ'), use: 'ҚР ҰКО', source: 'glossary 25' },
    { variant: start('ҰКО ҚР'), use: 'ҚР ҰКО', source: 'glossary 25' },
    { variant: /қол ?жетімділі/iu, use: 'қол жеткізу', source: 'glossary 31', note: 'or «қол жеткізу құқығы»' },
    {
      variant: start('тоқтатылды'),
      use: 'тоқтатыла тұрды',
      term: 'тоқтата тұру',
      source: 'glossary 31',
      note: '«тоқтатылды» says the thing has ended',
    },
    { variant: start('тоқтатылады'), use: 'тоқтатыла тұрады', term: 'тоқтата тұру', source: 'glossary 31' },
    {
      variant: start('кері қайтарылды'),
      use: 'кері қайтарып алынды',
      term: 'кері қайтарып алу',
      source: 'glossary 31',
      note: 'a revoked certificate stays «кері қайтарылған» (glossary 27)',
    },
    {
      variant: start('кері қайтарылғандықтан'),
      use: 'кері қайтарып алынғандықтан',
      term: 'кері қайтарып алу',
      source: 'glossary 31',
    },
    { variant: start('Веб-декларант'), use: '«Web-декларант» кешені', source: 'glossary 32' },
    { variant: /өтінім/iu, use: 'өтініш', source: 'glossary 32', note: 'a request for a login too (glossary 30)' },
    { variant: start('ОКПО'), use: 'КҰЖЖ', source: 'glossary 33' },
    { variant: start('стикер'), use: 'қорғаныс жапсырмасының коды', source: 'glossary 33' },
    { variant: start('қорғаныш'), use: 'қорғаныс жапсырмасының коды', source: 'glossary 33' },
    { variant: start('жеке басын куәландыратын'), use: 'жеке басты куәландыратын құжат', source: 'glossary 34' },
    { variant: start('қолхат'), use: 'жеткізілгені туралы түбіртек', source: 'glossary 35' },
    { variant: start('ТН ВЭД'), use: 'ЕАЭО СЭҚ ТН', source: 'glossary 36' },
    { variant: start('жіктеуіш'), use: 'сыныптауыш', source: 'glossary 37' },
    { variant: start('жіберуші'), use: 'жөнелтуші', source: 'glossary 38' },
    { variant: start('баратын ел'), use: 'межелі ел', source: 'glossary 38' },
    { variant: start('жөнелтілген ел'), use: 'жөнелту елі', source: 'glossary 38' },
    { variant: start('ИИН'), use: 'ЖСН', source: 'glossary preamble' },
    { variant: start('БИН'), use: 'БСН', source: 'glossary preamble' },
    { variant: start('КБК'), use: 'БСК', source: 'glossary preamble', note: 'бюджеттік сыныптама коды' },
    { variant: start('БЖК'), use: 'БСК', source: 'glossary preamble', note: 'бюджеттік сыныптама коды' },
    { variant: start('МРП'), use: 'АЕК', source: 'glossary preamble' },
    { variant: start('НДС'), use: 'ҚҚС', source: 'glossary preamble' },
    { variant: start('аванстық шот'), use: 'аванстық төлемдердің дербес шоты', source: 'usage' },
    { variant: start('проводка'), use: 'өткізбе', source: 'usage' },
  ],
  ru: [
    { variant: start('госдоход'), use: 'орган государственных доходов', source: 'glossary 9' },
    { variant: start('инспектор'), use: 'должностное лицо таможенного органа', source: 'glossary 8' },
    { variant: start('КҚД'), use: 'ДТС', source: 'glossary 12' },
    { variant: start('ТДТ'), use: 'КДТ', source: 'glossary 13' },
    { variant: start('ДТК'), use: 'КДТ', source: 'glossary 13' },
    { variant: start('референс'), use: 'справочный номер', source: 'glossary 17' },
    {
      variant: /(?<![\p{L}\p{N}])(принят\p{L}*|принять) в работу/iu,
      use: 'принята к обработке',
      source: 'glossary 21',
    },
    { variant: /канал риска|зел[её]ный канал/iu, use: 'зелёный / жёлтый / красный коридор', source: 'glossary 23' },
    { variant: start('ЭЦҚ'), use: 'ЭЦП', source: 'glossary 25' },
    { variant: start('ҰКО'), use: 'НУЦ РК', source: 'glossary 25' },
    {
      variant: /(?<![\p{L}\p{N}])заявк\p{L}* на (выдачу )?логин/iu,
      use: 'заявка (обращение) о присвоении логина и пароля',
      source: 'glossary 30',
    },
    { variant: start('предоставить повторно'), use: 'предоставить вновь', source: 'glossary 31' },
    {
      variant: start('предоставлен повторно'),
      use: 'предоставлен вновь',
      term: 'предоставить вновь',
      source: 'glossary 31',
    },
    { variant: start('повторно предостав'), use: 'предоставить вновь', source: 'glossary 31' },
    { variant: /(?<![\p{L}\p{N}])предостав\p{L}* снова/iu, use: 'предоставить вновь', source: 'glossary 31' },
    { variant: /(?<![\p{L}\p{N}])восстанавлива\p{L}* доступ/iu, use: 'предоставить вновь', source: 'glossary 31' },
    { variant: start('Веб-декларант'), use: 'комплекс «Web-декларант»', source: 'glossary 32' },
    {
      variant: /(?<![\p{L}\p{N}])свидетельств\p{L}*\)? о государственной регистрации/iu,
      use: 'уведомление (справка) о государственной регистрации',
      source: 'glossary 34',
    },
    { variant: start('расписк'), use: 'квитанция о доставке', source: 'glossary 35' },
    { variant: start('ЕАЭО'), use: 'ТН ВЭД ЕАЭС', source: 'glossary 36' },
    { variant: start('ЖСН'), use: 'ИИН', source: 'glossary preamble' },
    { variant: start('БСН'), use: 'БИН', source: 'glossary preamble' },
    { variant: /(?<![\p{L}\p{N}])авансов\p{L}* сч[её]т/iu, use: 'лицевой счёт авансовых платежей', source: 'usage' },
  ],
  en: [],
};

/** Each place a text uses a forbidden variant: the words found, with the entry that replaces them. */
export function forbiddenTermsIn(text: string, language: Language): (ForbiddenTerm & { found: string })[] {
  return forbiddenTerms[language].flatMap((term) => {
    const found = term.variant.exec(text)?.[0];
    return found === undefined ? [] : [{ ...term, found }];
  });
}
