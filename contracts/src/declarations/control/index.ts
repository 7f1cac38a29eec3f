import type { Language } from '../../i18n/index.ts';
import { interpolate } from '../../i18n/index.ts';
import type { DeclarationKind } from '../documents/kinds.ts';
import { type ControlContext, type ControlReport, type Finding, type Rule, runRules } from './engine.ts';
import { rulesInOrder } from './rules/index.ts';
import type { ControlAnswer, LocalizedFinding } from './schemas.ts';

export type {
  CalculatedPayments,
  ControlContext,
  ControlReport,
  Finding,
  Hit,
  Rule,
  Severity,
  SignerFacts,
} from './engine.ts';
export { type ReferenceView, readHsCode } from './reference-view.ts';
export { kindSpecs } from './rules/index.ts';
export type { KindSpec } from './rules/kind-spec.ts';
export * from './schemas.ts';
export { referenceViewFromSnapshot } from './snapshot-view.ts';

/*
 * Format-logical control runs in the browser as the user types and on the server at check and
 * submission; the server's reference view over the database is the server's own.
 */

/** Every rule of every kind, in the order findings are reported. */
export const allRules: readonly Rule[] = rulesInOrder;

/** Format-logical control of a document that fits its kind's model (WD-8, WD-9). */
export function controlDeclaration(kind: DeclarationKind, document: unknown, ctx: ControlContext): ControlReport {
  return runRules(allRules, kind, document, ctx);
}

function localize(finding: Finding, language: Language): LocalizedFinding {
  return {
    rule: finding.rule,
    path: finding.path,
    message: interpolate(finding.message[language], finding.params),
    params: { ...finding.params },
  };
}

/** A report as the API answers it, each message in the request's language. */
export function localizeReport(report: ControlReport, language: Language): ControlAnswer {
  return {
    errors: report.errors.map((f) => localize(f, language)),
    warnings: report.warnings.map((f) => localize(f, language)),
  };
}
