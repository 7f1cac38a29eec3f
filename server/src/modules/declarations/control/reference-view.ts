import type { ClassifierName } from '../../reference/classifiers/classifier.ts';

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
