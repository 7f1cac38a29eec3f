import type { Language } from '../../../platform/i18n/language.ts';
import { interpolate } from '../../../platform/i18n/language.ts';
import type { DeclarationKind } from '../documents/kinds.ts';
import { runRules, type ControlContext, type ControlReport, type Finding, type Rule } from './engine.ts';
import { rulesInOrder } from './rules/index.ts';
import type { ControlAnswer, LocalizedFinding } from './schemas.ts';

export type { ControlContext, ControlReport, Finding, Rule, Severity, SignerFacts } from './engine.ts';
export type { ReferenceView } from './reference-view.ts';
export { referenceViewFromSnapshot } from './snapshot-view.ts';
export { controlAnswer, controlSnapshot, localizedFinding, type ControlAnswer, type ControlSnapshot, type LocalizedFinding } from './schemas.ts';

/*
 * This file is shared with the web app and imports nothing of Node: the server's reference view is
 * in server-reference-view.ts.
 */

/** Every rule of every kind, in the order findings are reported. */
export const allRules: readonly Rule[] = rulesInOrder;

/** Format-logical control of a document that fits its kind's model (WD-8, WD-9). */
export function controlDeclaration(kind: DeclarationKind, document: unknown, ctx: ControlContext): ControlReport {
  return runRules(allRules, kind, document, ctx);
}

function localize(finding: Finding, language: Language): LocalizedFinding {
  return { rule: finding.rule, path: finding.path, message: interpolate(finding.message[language], finding.params), params: { ...finding.params } };
}

/** A report as the API answers it, each message in the request's language. */
export function localizeReport(report: ControlReport, language: Language): ControlAnswer {
  return { errors: report.errors.map((f) => localize(f, language)), warnings: report.warnings.map((f) => localize(f, language)) };
}
