/** The shape of the TN VED EAEU nomenclature: four levels, their codes, and dated names. */

export const nomenclatureLevels = ['section', 'chapter', 'heading', 'subheading'] as const;
export type NomenclatureLevel = (typeof nomenclatureLevels)[number];

export interface NomenclatureName {
  ru: string;
  kk: string | null;
  en: string | null;
}

/** One version of one node, as an import or the bundled data gives it. */
export interface NomenclatureNode {
  code: string;
  level: NomenclatureLevel;
  /** the section of a chapter (sources name it); for other levels found from the code */
  parentCode: string | null;
  name: NomenclatureName;
  notes: string | null;
  validFrom: string;
  validTo: string | null;
}

/** A node read from a source, with where it was read, so a rejection can name its line. */
export interface SourceNode extends Omit<NomenclatureNode, 'parentCode'> {
  line: number | string;
  /** the section a chapter belongs to, as the source says */
  sectionCode?: string;
}

const romanDigits: [number, string][] = [
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * Sections are numbered I…XXI in the nomenclature; the distribution files write them as 01…21,
 * which would collide with chapter codes, so they are stored as roman numerals.
 */
export function sectionCode(number: string): string | null {
  if (/^[IVXL]+$/.test(number)) return number;
  if (!/^\d{1,2}$/.test(number) || Number(number) < 1) return null;
  let rest = Number(number);
  let roman = '';
  for (const [value, digits] of romanDigits) {
    while (rest >= value) {
      roman += digits;
      rest -= value;
    }
  }
  return roman;
}

/** The level a code belongs to by its form, or null when it is no nomenclature code. */
export function levelOfCode(code: string): NomenclatureLevel | null {
  if (/^[IVXL]+$/.test(code)) return 'section';
  if (/^\d{2}$/.test(code)) return 'chapter';
  if (/^\d{4}$/.test(code)) return 'heading';
  if (/^(\d{6}|\d{8}|\d{10})$/.test(code)) return 'subheading';
  return null;
}

/**
 * The codes that may stand directly above a code, nearest first: a 10-digit subheading sits under
 * its 8- or 6-digit subheading where the nomenclature has one, otherwise under its heading.
 */
export function parentCandidates(code: string): string[] {
  const level = levelOfCode(code);
  if (level === 'heading') return [code.slice(0, 2)];
  if (level !== 'subheading') return [];
  return [8, 6, 4].filter((length) => length < code.length).map((length) => code.slice(0, length));
}

/** Names in the sources carry padding and line-wrapping spaces. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
