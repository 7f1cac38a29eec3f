/**
 * The variants the glossary (../shared/docs/GLOSSARY.md) and the seeds' official texts replace,
 * per language, each with the word to use instead: a Kazakh or Russian text of the web app that
 * uses one fails official-language.test.ts (issue 21 points 1, 2 and 8). Patterns, not words, so
 * that every case form is caught («кедендік өкілдер», «кедендік өкілінің»); each is narrow enough
 * to leave the right word alone (a revoked certificate stays «кері қайтарылған», glossary 27).
 */
export interface ForbiddenTerm {
  variant: RegExp;
  use: string;
}

export const forbiddenTerms: Record<'kk' | 'ru', readonly ForbiddenTerm[]> = {
  kk: [
    { variant: /кедендік өкіл(?!дік)/iu, use: 'кеден өкілі (glossary 1); «кедендік өкілдік», the institution, stays' },
    { variant: /кедендік қойма/iu, use: 'кеден қоймасы (glossary 4)' },
    { variant: /қол ?жетімділі/iu, use: 'қол жеткізу (құқығы) (glossary 31)' },
    { variant: /(?<!\p{L})тоқтатылды(?!\p{L})/iu, use: 'тоқтатыла тұрды: «тоқтатылды» says ended (glossary 31)' },
    { variant: /(?<!\p{L})кері қайтарылды(?!\p{L})/iu, use: 'кері қайтарып алынды (glossary 22, 31)' },
    { variant: /кері қайтару/iu, use: 'кері қайтарып алу (glossary 22, 31)' },
    { variant: /ОКПО/u, use: 'КҰЖЖ (glossary 33)' },
    { variant: /ДТС/u, use: 'КҚД-1, КҚД-2 (glossary 12)' },
    { variant: /КДТ/u, use: 'ТДТ (glossary 13)' },
    { variant: /(?<!\p{L})ДТ(?!\p{L})/u, use: 'ТД (glossary 10)' },
    { variant: /ФЛК/u, use: 'пішіндік-логикалық бақылау (glossary 15)' },
    // the glossary's main column, where seed 004 names it otherwise: the seeds' term wins
    { variant: /форматтық-логикалық/iu, use: 'пішіндік-логикалық бақылау (seed 004, glossary 15)' },
    { variant: /Веб-декларант/iu, use: '«Web-декларант» кешені (glossary 32)' },
    { variant: /өтінім/iu, use: 'өтініш (glossary 30, 32)' },
    { variant: /жеке басын куәландыратын/iu, use: 'жеке басты куәландыратын құжат (glossary 34)' },
    { variant: /баратын ел/iu, use: 'межелі ел (glossary 38)' },
    { variant: /жөнелтілген ел/iu, use: 'жөнелту елі (glossary 38)' },
    { variant: /(?<!\p{L})жіберуші/iu, use: 'жөнелтуші (glossary 38)' },
    { variant: /лауазымды тұлға/iu, use: 'кеден органының лауазымды адамы (glossary 8)' },
    { variant: /декларациялаушы/iu, use: 'декларант (glossary 7)' },
    { variant: /тәуекел арнасы|жасыл арна/iu, use: 'жасыл / сары / қызыл дәліз (glossary 23)' },
    { variant: /жұмысқа қабылда/iu, use: 'өңдеуге қабылданды (glossary 21)' },
    { variant: /қолхат/iu, use: 'жеткізілгені туралы түбіртек (glossary 35)' },
    { variant: /қорғаныш|стикер/iu, use: 'қорғаныс жапсырмасының коды (glossary 33)' },
    { variant: /аванстық шот/iu, use: 'аванстық төлемдердің дербес шоты' },
    { variant: /проводка/iu, use: 'өткізбе' },
  ],
  ru: [
    {
      variant: /свидетельств\p{L}*\)? о государственной регистрации/iu,
      use: 'уведомление (справка) о государственной регистрации (glossary 34)',
    },
    { variant: /(предостав\p{L}* снова|восстанавлива\p{L}* доступ)/iu, use: 'предоставить вновь (glossary 31)' },
    { variant: /Веб-декларант/iu, use: 'комплекс «Web-декларант» (glossary 32)' },
    { variant: /канал риска|зел[её]ный канал/iu, use: 'зелёный / жёлтый / красный коридор (glossary 23)' },
    { variant: /(принят\p{L}*|принять) в работу/iu, use: 'принята к обработке (glossary 21)' },
    { variant: /расписк/iu, use: 'квитанция о доставке (glossary 35)' },
    { variant: /госдоход/iu, use: 'орган государственных доходов (glossary 9)' },
    { variant: /заявк\p{L}* на (выдачу )?логин/iu, use: 'заявка о присвоении логина и пароля (glossary 30)' },
    { variant: /авансов\p{L}* сч[её]т/iu, use: 'лицевой счёт авансовых платежей' },
    { variant: /референс/iu, use: 'справочный номер (glossary 17)' },
    { variant: /(?<!\p{L})инспектор/iu, use: 'должностное лицо таможенного органа (glossary 8)' },
  ],
};
