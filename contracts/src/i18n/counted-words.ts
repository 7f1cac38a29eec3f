/**
 * Words after a number (issue 21 point 4): a Russian noun agrees with the number before it — «1
 * товар», «2 товара», «5 товаров», «21 товар» — and a Kazakh noun after a numeral stays singular
 * («5 тауар», never «5 тауарлар»). A check for tests: the web app renders each of its texts that
 * count something for several numbers and the server its messages, and both hand the results here.
 */

/** The forms of a word after a number in each Russian plural category (one: 1, 21; few: 2–4, 22; many: 5–20, 11). */
interface AgreeingForms {
  one: string;
  few: string;
  many: string;
}

/** A word in both constructions: counted as it is («21 поле»), and after «не более», «из», «более чем» (genitive, «не более 21 поля»). */
interface CountedWord {
  nominative: AgreeingForms;
  genitive: AgreeingForms;
}

const word = (nominative: string, genitive: string): CountedWord => {
  const [one, few, many] = nominative.split(' / ');
  const [gOne, gFew, gMany] = genitive.split(' / ');
  return { nominative: { one: one!, few: few!, many: many! }, genitive: { one: gOne!, few: gFew!, many: gMany! } };
};

/** The words the texts count things with; a text that counts with another word adds it here. */
export const russianCountedWords: readonly CountedWord[] = [
  word('поле / поля / полей', 'поля / полей / полей'),
  word('причина / причины / причин', 'причины / причин / причин'),
  word('товар / товара / товаров', 'товара / товаров / товаров'),
  word('декларация / декларации / деклараций', 'декларации / деклараций / деклараций'),
  word('выпущенная / выпущенные / выпущенных', 'выпущенной / выпущенных / выпущенных'),
  word('знак / знака / знаков', 'знака / знаков / знаков'),
  word('запись / записи / записей', 'записи / записей / записей'),
  word('ошибка / ошибки / ошибок', 'ошибки / ошибок / ошибок'),
  word('символ / символа / символов', 'символа / символов / символов'),
  word('цифра / цифры / цифр', 'цифры / цифр / цифр'),
  word('отзыв / отзыва / отзывов', 'отзыва / отзывов / отзывов'),
];

/** Words that may follow a number without agreeing with it: the number is then not counting them. */
const notCounted = new Set(['из', 'и', 'или', 'на', 'в', 'с', 'по', 'до', 'от']);

/** What puts the counted words in the genitive: «не более 21 поля», «из 5 товаров». */
const genitiveBefore = /(?:не более|не менее|не длиннее|не короче|более чем|менее чем|свыше|из|до|от|около)\s*$/iu;

const russianPlural = new Intl.PluralRules('ru');

/** Where a Russian text's words after a number do not agree with it, or are not known to agree: each with what is wrong. */
export function russianAgreementProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/(?<![\d,.])(\d+)(?![\d,.])((?:[\s\u00a0]+\p{L}+){0,2})/gu)) {
    const [, digits, after = ''] = match;
    const words = after
      .trim()
      .split(/[\s\u00a0]+/u)
      .filter(Boolean);
    if (words.length === 0 || notCounted.has(words[0]!.toLowerCase())) continue;
    const category = russianPlural.select(Number(digits)) as keyof AgreeingForms | 'other';
    if (category === 'other') continue;
    const construction = genitiveBefore.test(text.slice(0, match.index)) ? 'genitive' : 'nominative';
    let known = false;
    for (const written of words) {
      const lower = written.toLowerCase();
      const counted = russianCountedWords.find((entry) =>
        [...Object.values(entry.nominative), ...Object.values(entry.genitive)].includes(lower),
      );
      if (!counted) break;
      known = true;
      const expected = counted[construction][category];
      if (lower !== expected) problems.push(`«${digits} ${written}»: ${digits} takes «${expected}»`);
    }
    if (!known) problems.push(`«${digits} ${words[0]}»: a word not known to agree with a number (counted-words.ts)`);
  }
  return problems;
}

/**
 * The Kazakh words right after a count ({{count}}, {count}) that carry a plural suffix
 * (-лар/-лер/-дар/-дер/-тар/-тер), perhaps with case endings after it: after a numeral the noun
 * stays singular.
 */
export function kazakhPluralsAfterCount(template: string): string[] {
  const found: string[] = [];
  for (const [, next] of template.matchAll(/\{\{?\s*count\s*\}?\}[\s\u00a0]+(\p{L}+)/gu)) {
    if (/^\p{L}{2,}?(?:лар|лер|дар|дер|тар|тер)(?:\p{L}{0,6})$/u.test(next!) && !singularWords.has(next!))
      found.push(next!);
  }
  return found;
}

/** Kazakh words whose own stem ends so, not plurals. */
const singularWords = new Set(['компьютер', 'принтер', 'литр', 'метр']);

/**
 * The values a Russian template ({{name}}, or the server's {name}) inserts right before a counted
 * word under another name than `count` («{{min}} символов»): i18next chooses the plural form by `count` only, so such a word
 * agrees with today's value at best. Each is named with the word after it; a value after «№» is a
 * number that names, not one that counts.
 */
export function countedWordsAfterOtherValues(template: string): string[] {
  const found: string[] = [];
  for (const [, placeholder, name, next] of template.matchAll(
    /(?<![№{][\s\u00a0]*)(\{\{?\s*(\w+)[^}]*\}\}?)[\s\u00a0]+(\p{L}+)/gu,
  )) {
    if (name === 'count') continue;
    const lower = next!.toLowerCase();
    if (
      russianCountedWords.some((entry) =>
        [...Object.values(entry.nominative), ...Object.values(entry.genitive)].includes(lower),
      )
    )
      found.push(`${placeholder} ${next}`);
  }
  return found;
}
