import type { ClassifierName } from '../../reference/classifier.ts';

/**
 * What control needs to know of the reference data, asked synchronously so that a 999-item
 * declaration is checked in a few milliseconds. The server answers from its in-memory copies
 * (server-reference-view.ts); the browser from lists it loaded for the document's date. Every
 * question carries the date: a code is valid when it is in force on the document's date.
 */
export interface ReferenceView {
  /** Whether `code` is in the classifier on `date`. */
  inClassifier(name: ClassifierName, code: string, date: string): boolean;
  /**
   * A TN VED code on `date`: 'subheading' when it is a 10-digit line goods can be declared
   * under, 'group' when it exists but has lines below it, 'unknown' otherwise.
   */
  hsCode(code: string, date: string): 'subheading' | 'group' | 'unknown';
  /** A customs body in force on `date`, with its kind and the document kinds it accepts. */
  customsBody(code: string, date: string): { kind: string; accepts: readonly string[] } | null;
}

/**
 * How a 10-digit code reads, given whether it is a line in force with nothing below it (`leaf`)
 * and whether a code is in force with lines below it (`group`). A heading or subheading padded
 * with zeros ("0101000000" for 0101) is a group too: the declarant named a group, not a line,
 * and is told to choose the line below it. Shared by the server's view and the browser's.
 */
export function readHsCode(
  code: string,
  leaf: (code: string) => boolean,
  group: (code: string) => boolean,
): 'subheading' | 'group' | 'unknown' {
  if (leaf(code)) return 'subheading';
  if (group(code)) return 'group';
  for (const length of [8, 6, 4]) {
    if (/^0+$/.test(code.slice(length)) && group(code.slice(0, length))) return 'group';
  }
  return 'unknown';
}
