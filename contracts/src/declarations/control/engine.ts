import type { LocalizedText, MessageParams } from '../../i18n/index.ts';
import type { DeclarationKind } from '../documents/kinds.ts';
import type { ReferenceView } from './reference-view.ts';

/**
 * The format-logical control engine (WD-8, WD-9). It is plain TypeScript with no Node or browser
 * dependency: the web app runs the very same rules as the user types, and the server runs them
 * again, authoritatively, at /check and at submission.
 */
export type Severity = 'error' | 'warning';

/** Who signs, known at submission only: the identity rules wait for it. */
export interface SignerFacts {
  iin: string | null;
  bin: string | null;
  /** declarants the signer's organisation represents as customs representative on the document's date */
  represents: readonly string[];
}

export interface ControlContext {
  reference: ReferenceView;
  /** The document's date (YYYY-MM-DD): classifiers, codes and offices are judged on it. */
  date: string;
  /** The customs body the document is to be delivered to, once chosen. */
  customsOffice?: string;
  signer?: SignerFacts;
  /**
   * What the payments engine calculated for the document (the server knows it; the browser
   * does not, and box 47's comparison waits for the server's check).
   */
  payments?: CalculatedPayments;
}

/** Box 47 as the payments engine calculates it: per item (by index from 0), tiyn by payment type code. */
export interface CalculatedPayments {
  items: readonly Readonly<Record<string, number>>[];
}

/** Where a rule found something, with the values its message names. */
export interface Hit {
  /** dotted path into the document, items by index: `items.3.netMass` */
  path: string;
  /** an amount or a mass as each language writes it (`money`, `measure`), a day as YYYY-MM-DD */
  params?: MessageParams;
}

export interface Rule<D = unknown> {
  /** stable id clients and tests key on: `goods.item.net-le-gross` */
  id: string;
  severity: Severity;
  kinds: readonly DeclarationKind[];
  /** `{name}` placeholders are filled from the hit's params */
  message: LocalizedText;
  check(document: D, ctx: ControlContext): Iterable<Hit>;
}

export interface Finding {
  rule: string;
  severity: Severity;
  path: string;
  params: MessageParams;
  message: LocalizedText;
}

export interface ControlReport {
  errors: Finding[];
  warnings: Finding[];
}

/** Runs every rule of the document's kind; the order of findings is the rules' order, then the document's. */
export function runRules(
  rules: readonly Rule[],
  kind: DeclarationKind,
  document: unknown,
  ctx: ControlContext,
): ControlReport {
  const report: ControlReport = { errors: [], warnings: [] };
  for (const rule of rules) {
    if (!rule.kinds.includes(kind)) continue;
    for (const hit of rule.check(document, ctx)) {
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        path: hit.path,
        params: hit.params ?? {},
        message: rule.message,
      };
      (rule.severity === 'error' ? report.errors : report.warnings).push(finding);
    }
  }
  return report;
}
