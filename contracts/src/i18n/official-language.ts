import { forbiddenTermsIn } from './forbidden-terms.ts';
import type { Language } from './index.ts';

/**
 * What keeps a Kazakh or Russian text as officials write it (issue 21 point 8): no term the
 * glossary replaces, no identifier of the code inside a sentence, and figures in official form —
 * a decimal comma, a no-break space between thousands (1 234 567,89), days DD.MM.YYYY. A check
 * for tests: the server runs it over its messages, e-mails and printed words, the web app over
 * its catalogues.
 */
export interface LanguageProblem {
  /** `grouping`: digits grouped by a space that may break — or two figures side by side, which a text should not print either */
  kind: 'forbidden-term' | 'identifier' | 'figure' | 'grouping';
  found: string;
  /** what to write instead, or why it is wrong */
  hint: string;
}

/**
 * Latin words a Kazakh or Russian text may hold: names of formats, standards, codes and HTTP
 * headers as they are written everywhere, and the complex's own name «Web-декларант». Anything
 * else in Latin letters inside a kk/ru sentence is an identifier of the code (`released`,
 * `goods_declaration`, `regionCode`) and must be named in the reader's language.
 */
export const latinWordsAllowed: ReadonlySet<string> = new Set([
  // file formats and encodings
  'XML',
  'XSD',
  'DTD',
  'PDF',
  'PNG',
  'JPEG',
  'UTF-8',
  'QR',
  // cryptography: digests, signature formats and the key kinds the NCA issues (glossary 26)
  'SHA-256',
  'CMS',
  'RSA',
  'GOST',
  'GOSTKNCA',
  'AUTH',
  // codes of banks, countries and currencies (ISO), and time as UTC
  'IBAN',
  'KZ',
  'EUR',
  'USD',
  'UTC',
  // the album of electronic formats: document names as the album and the officers write them
  'ESADout_CU',
  'DTSout_CU',
  'AutoPreliminary',
  'AirPreliminary',
  'RWPreliminary',
  'SeaPreliminary',
  'ED_Container',
  // the header an API client sets for a payment that must not run twice
  'Idempotency-Key',
  // «Web-декларант» is the complex's own name (glossary 32)
  'Web',
  // a registration number's serial digits as EEC Decision No. 257 writes the pattern
  'NNNNNNN',
  // a law's number carries its convocation in a Roman numeral: the Law No. 94-V
  'V',
  // the lettered boxes of the forms of Decision No. 257, and the vehicle identification number (ISO 3779)
  'A',
  'B',
  'C',
  'D',
  'VIN',
]);

/** Placeholders ({name}, {{name}}), web addresses and e-mail addresses are not words of the text. */
function withoutPlaceholders(text: string): string {
  return text
    .replace(/\{\{\s*[\w.]+\s*\}\}|\{\w+\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ');
}

const figureRules: readonly { pattern: RegExp; hint: string; kind?: 'grouping' }[] = [
  { pattern: /(?<![\d.])\d{4}-\d{2}-\d{2}(?![\d-])/g, hint: 'a day is written DD.MM.YYYY' },
  { pattern: /(?<![\d.])\d{4}\.\d{2}\.\d{2}(?![\d.])/g, hint: 'a day is written DD.MM.YYYY' },
  {
    pattern: /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])/g,
    hint: 'a day is written DD.MM.YYYY, the year in four figures',
  },
  {
    pattern: /(?<![\d.])(?:\d\.\d{1,2}|\d{2}\.\d)\.\d{4}(?![\d.])/g,
    hint: 'a day is written DD.MM.YYYY, with leading zeros',
  },
  {
    // a decimal point that is not a day's DD.MM.YYYY: 1500.50, 0.01
    pattern: /(?<![\d.])(?!\d{2}\.\d{2}\.\d{4}(?![\d.]))\d+\.\d+(?![\d.])/g,
    hint: 'a decimal comma: 1 234 567,89',
  },
  { pattern: /(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])/g, hint: 'a no-break space between thousands, not a comma' },
  {
    // a telephone number (+7 727 000 00 00) groups its digits its own way
    pattern: /(?<![\d+])(?<!\d )\d{1,3}(?: \d{3})+(?!\d)/g,
    hint: 'the space between thousands does not break (U+00A0)',
    kind: 'grouping',
  },
  {
    pattern: /(?<!\d)(?<!\d\u00a0)\d{4,}(?:,\d+)?(?=\s*(?:теңге|тенге|EUR|USD|кг|байт))/g,
    hint: 'an amount groups its thousands: 1 500 теңге',
  },
];

/** Every problem of a Kazakh or Russian text; none for an English one beyond its forbidden terms. */
export function officialLanguageProblems(text: string, language: Language): LanguageProblem[] {
  const problems: LanguageProblem[] = forbiddenTermsIn(text, language).map((term) => ({
    kind: 'forbidden-term',
    found: term.found,
    hint: term.use,
  }));
  if (language === 'en') return problems;
  const words = withoutPlaceholders(text);
  for (const [word] of words.matchAll(/[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*/g)) {
    if (!latinWordsAllowed.has(word)) {
      problems.push({ kind: 'identifier', found: word, hint: 'name the thing in the reader’s language' });
    }
  }
  for (const rule of figureRules) {
    for (const [found] of words.matchAll(rule.pattern))
      problems.push({ kind: rule.kind ?? 'figure', found, hint: rule.hint });
  }
  return problems;
}
