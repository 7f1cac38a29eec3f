import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '@shekara/contracts/declarations/control';
import {
  countedWordsAfterOtherValues,
  forbiddenTerms,
  interpolate,
  kazakhPluralsAfterCount,
  officialLanguageProblems,
  russianAgreementProblems,
} from '@shekara/contracts/i18n';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from './platform/errors.ts';
import { projectRoot } from './platform/paths.ts';
import { everyMail } from './testing/official-texts/mails.ts';
import { everyName } from './testing/official-texts/names.ts';
import { everyPrintedText } from './testing/official-texts/printed.ts';
import './modules/index.ts';

/**
 * Issue 21 point 8: every Kazakh and Russian text the server writes — error messages, control's
 * messages, e-mails, printed letters and forms — uses no term the glossary replaces (the list in
 * contracts/src/i18n/forbidden-terms.ts), holds no identifier of the code, and writes figures as
 * officials do: 1 234 567,89 and DD.MM.YYYY. A failure names every text and what is wrong in it.
 */
type Text = { where: string; language: 'kk' | 'ru'; text: string; figuresOnly?: boolean };

function problemsOf(texts: readonly Text[]): string[] {
  return texts.flatMap(({ where, language, text, figuresOnly }) =>
    officialLanguageProblems(text, language)
      // a form's box may hold two figures side by side (a quantity and its unit's code): only wrong figures count there
      .filter((problem) => !figuresOnly || problem.kind === 'figure')
      .map((problem) => `${where} (${language}): «${problem.found}» — ${problem.hint}`),
  );
}

const bothLanguages = ['kk', 'ru'] as const;

describe('server texts in official Kazakh and Russian (issue 21 point 8)', () => {
  it('every error message', () => {
    const texts = [...errorCatalogue()].flatMap(([code, definition]) =>
      bothLanguages.map((language) => ({ where: code, language, text: definition.message[language] })),
    );
    expect(texts.length).toBeGreaterThan(400);
    expect(problemsOf(texts)).toEqual([]);
  });

  it('every message of format-logical control', () => {
    const texts = allRules.flatMap((rule) =>
      bothLanguages.map((language) => ({ where: rule.id, language, text: rule.message[language] })),
    );
    expect(problemsOf(texts)).toEqual([]);
  });

  it('every name a message or a letter inserts: statuses, kinds, actions, payment types', () => {
    const texts = everyName().flatMap(({ where, name }) =>
      bothLanguages.map((language) => ({ where, language, text: name[language] })),
    );
    expect(problemsOf(texts)).toEqual([]);
  });

  it('every message that counts: the Russian noun agrees with 1, 2, 5, 11, 21, the Kazakh one stays singular (point 4)', () => {
    const messages = [
      ...[...errorCatalogue()].map(([code, definition]) => ({ where: code, message: definition.message })),
      ...allRules.map((rule) => ({ where: rule.id, message: rule.message })),
    ].filter(({ message }) => message.ru.includes('{count}') || message.kk.includes('{count}'));
    expect(messages.length).toBeGreaterThan(0);
    const problems = messages.flatMap(({ where, message }) => [
      ...[1, 2, 5, 11, 21].flatMap((count) =>
        russianAgreementProblems(interpolate(message.ru, { count }, 'ru')).map(
          (problem) => `${where} (ru): ${problem}`,
        ),
      ),
      ...kazakhPluralsAfterCount(message.kk).map((word) => `${where} (kk): «{count} ${word}»`),
    ]);
    expect(problems).toEqual([]);
  });

  it('every message counts by {count} only: no other inserted number before a counted Russian word (point 4)', () => {
    const problems = [
      ...[...errorCatalogue()].map(([code, definition]) => ({ where: code, message: definition.message })),
      ...allRules.map((rule) => ({ where: rule.id, message: rule.message })),
    ].flatMap(({ where, message }) =>
      countedWordsAfterOtherValues(message.ru).map((found) => `${where} (ru): «${found}»`),
    );
    expect(problems).toEqual([]);
    expect(countedWordsAfterOtherValues('не более {max} символов')).toEqual(['{max} символов']);
  });

  it('every e-mail, with the figures it inserts', () => {
    const texts = bothLanguages.flatMap((language) =>
      everyMail(language).map(({ where, text }) => ({ where, language, text })),
    );
    expect(texts.length).toBeGreaterThan(60);
    expect(problemsOf(texts)).toEqual([]);
  });

  it('every printed letter and form: its words whole, the figures of its values', () => {
    const texts = bothLanguages.flatMap((language) =>
      everyPrintedText(language).flatMap(({ where, words, values }) => [
        ...words.map((text) => ({ where, language, text })),
        ...values.map((text) => ({ where, language, text, figuresOnly: true })),
      ]),
    );
    expect(problemsOf(texts)).toEqual([]);
  });
});

/** The glossary and the legal seeds, beside the repository (../shared); the check skips without them. */
const shared = path.resolve(projectRoot, '../shared') + path.sep;
const glossaryPath = path.join(shared, 'docs', 'GLOSSARY.md');

describe.skipIf(!existsSync(glossaryPath))(
  'the glossary and the seeds name every term the list asks for (skipped without ../shared/docs)',
  () => {
    it('row N of the glossary, or the seed, holds the term in the text’s language', () => {
      const rows = new Map<number, { kk: string; ru: string }>();
      for (const line of readFileSync(glossaryPath, 'utf8').split('\n')) {
        const cells = line.split('|').map((cell) => cell.trim());
        if (/^\d+$/.test(cells[1] ?? '')) rows.set(Number(cells[1]), { kk: cells[2]!, ru: cells[3]! });
      }
      const seeds = new Map(
        readdirSync(path.join(shared, 'seeds')).map((name) => [
          name.slice(0, 3),
          readFileSync(path.join(shared, 'seeds', name), 'utf8'),
        ]),
      );
      const missing = (['kk', 'ru'] as const).flatMap((language) =>
        forbiddenTerms[language].flatMap(({ use, term = use, source }) => {
          const [kind, number] = source.split(' ');
          const where =
            kind === 'glossary' && number !== 'preamble'
              ? rows.get(Number(number))?.[language]
              : kind === 'seed'
                ? seeds.get(number!)
                : undefined;
          if (kind === 'usage' || number === 'preamble') return [];
          return where?.toLocaleLowerCase('ru').includes(term.toLocaleLowerCase('ru'))
            ? []
            : [`${language}: «${term}» is not in ${source}`];
        }),
      );
      expect(missing).toEqual([]);
    });
  },
);
