import { forbiddenTermsIn } from '@shekara/contracts/i18n';
import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogues } from './catalogues.ts';

/**
 * Issue 21 point 8: every Kazakh and Russian text of the web app keeps to the glossary's terms,
 * names things in the reader's language rather than by the code's identifiers, writes numbers and
 * dates as officials do, and puts no Kazakh case ending on a value it cannot know the sound of.
 */

function flatten(catalogue: Catalogue, prefix = ''): [key: string, text: string][] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[name, value] as [string, string]] : flatten(value, name);
  });
}

const texts = { kk: flatten(catalogues.kk), ru: flatten(catalogues.ru) };
const en = flatten(catalogues.en);

/** A text without its placeholders and markup tags, which are for the code, not the reader. */
const readable = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/<\/?[a-zA-Z]+>/g, ' ');

/**
 * Latin words a Kazakh or Russian reader meets as they are: abbreviations and names of standards,
 * programs and formats, file extensions, an address's parts; country codes and the form's lettered
 * boxes (B, C, D) are two letters or one.
 */
const latinWords = new Set([
  'AUTH',
  'Atom',
  'CAdES',
  'CMR',
  'CMS',
  'CSV',
  'Eng',
  'Excel',
  'GOST',
  'HTML',
  'IBAN',
  'ID',
  'ISO',
  'JKS',
  'NCALayer',
  'PDF',
  'PEM',
  'PKCS',
  'QR',
  'RSA',
  'SHA',
  'SHA-256',
  'SIGN',
  'VIN',
  'Web',
  'XML',
  'base64',
  'camt.053',
  'e-mail',
  'https',
  'pki.gov.kz',
  'qwerty',
  'slug',
  'zip',
  'cms',
  'p7s',
  'sig',
]);

/** Texts that name a file format's own element or column names, which the user types or sees in the files. */
const formatNames: Record<string, readonly string[]> = {
  'declarations.interchange.lead': [
    'ESADout_CU',
    'DTSout_CU',
    'AutoPreliminary',
    'AirPreliminary',
    'RWPreliminary',
    'SeaPreliminary',
    'ED_Container',
  ],
  'officerPayments.statement.csvShape': ['payer', 'amount', 'document_number', 'document_date', 'note'],
  'devMailbox.lead': ['SMTP_URL'],
};

/** The Latin words of a text that are neither in the lists above nor two capitals at most. */
function identifierLike(key: string, text: string): string[] {
  const words = readable(text).match(/[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*/g) ?? [];
  return words.filter(
    (word) => !latinWords.has(word) && !formatNames[key]?.includes(word) && !/^[A-Z]{1,2}$/.test(word),
  );
}

/** Numbers and dates written otherwise than 1 234 567,89 (a no-break space between thousands) and DD.MM.YYYY. */
const foreignNumbers: [RegExp, string][] = [
  [/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/, 'a date written YYYY-MM-DD: DD.MM.YYYY'],
  [/(?<![\d/])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])/, 'a date written with slashes: DD.MM.YYYY'],
  [/(?<![\d.\p{L}])\d+\.\d+(?![\d.])/u, 'a decimal point: a decimal comma'],
  [/(?<![\d,])\d{1,3}(,\d{3})+(?![\d,])/, 'a comma between thousands: a no-break space'],
  [
    /(?<!\d )(?<!\d)\d{1,3}( \d{3})+(?! ?\d)/,
    'an ordinary space between thousands, which may break the number: a no-break space',
  ],
];

/** Kazakh case endings: which one a value takes depends on how the value ends, so none may follow a placeholder. */
const caseEnding = new RegExp(
  `\\}\\}-(${[
    'ға|ге|қа|ке|на|не|а|е',
    'дан|ден|тан|тен|нан|нен',
    'дың|дің|тың|тің|ның|нің',
    'ды|ді|ты|ті|ны|ні',
    'да|де|та|те|нда|нде',
    'мен|бен|пен',
  ].join('|')})(?!\\p{L})`,
  'u',
);
/** Postpositions that need the value before them in a case of its own. */
const caseGoverning = /\}\} (бастап|дейін|бері|кейін|соң|қарай|гөрі|асатын|аспайды)(?!\p{L})/u;

describe('the web app’s Kazakh and Russian texts (issue 21 point 8)', () => {
  it('use the glossary’s and the seeds’ terms, never a variant they replace (points 1, 2)', () => {
    const offences = (['kk', 'ru'] as const).flatMap((language) =>
      texts[language].flatMap(([key, text]) =>
        forbiddenTermsIn(text, language).map(
          ({ found, use, source }) => `${language}:${key}: «${found}» → ${use} (${source})`,
        ),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('name things in words, with no identifier of the code among them (point 5)', () => {
    const offences = (['kk', 'ru'] as const).flatMap((language) =>
      texts[language].flatMap(([key, text]) =>
        identifierLike(key, text).map((word) => `${language}:${key}: «${word}»`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('write numbers and dates as officials do: 1 234 567,89 and DD.MM.YYYY (point 6)', () => {
    const offences = (['kk', 'ru'] as const).flatMap((language) =>
      texts[language].flatMap(([key, text]) =>
        foreignNumbers
          .filter(([pattern]) => pattern.test(readable(text)))
          .map(([, why]) => `${language}:${key}: ${why}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('hand every amount to the amount format, in all three languages (point 6)', () => {
    const offences = [...texts.kk, ...texts.ru, ...en]
      .filter(([, text]) => /\{\{\s*amount\s*\}\}/.test(text))
      .map(([key]) => key);
    expect(offences).toEqual([]);
  });

  it('put no Kazakh case ending on an inserted value: the ending would depend on the value (point 4)', () => {
    const offences = texts.kk
      .filter(([, text]) => caseEnding.test(text) || caseGoverning.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offences).toEqual([]);
  });
});

describe('the check itself', () => {
  it('catches what it is meant to catch', () => {
    expect(identifierLike('any', 'Статус: released, вид goods_declaration, поле regionCode')).toEqual([
      'released',
      'goods_declaration',
      'regionCode',
    ]);
    expect(identifierLike('any', 'Файл XML, NCALayer, {{count}} <site>pki.gov.kz</site>')).toEqual([]);
    const numberOffences = (text: string) => foreignNumbers.filter(([pattern]) => pattern.test(text)).length;
    expect(numberOffences('7416352.81 тенге')).toBe(1);
    expect(numberOffences('2026-01-01')).toBe(1);
    expect(numberOffences('1,234,567.89')).toBe(2);
    expect(numberOffences('до 1 000 000')).toBe(1);
    expect(numberOffences('до 1\u00a0000\u00a0000,50 тенге, 01.05.2024, код 8517 13 000 0')).toBe(0);
    expect(caseEnding.test('{{count}}-ден аспайды')).toBe(true);
    expect(caseEnding.test('{{number}}-тауар, {{copy}}-данасы')).toBe(false);
    expect(caseGoverning.test('{{date}} дейін')).toBe(true);
    expect(caseGoverning.test('{{date}} күнге дейін')).toBe(false);
  });
});
