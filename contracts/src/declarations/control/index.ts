import type { Language, LocalizedText, MessageParams } from '../../i18n/index.ts';
import { interpolate, languages } from '../../i18n/index.ts';
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

/** The values a finding's message inserts, each as `language` writes it. */
function paramsIn(params: MessageParams, language: Language): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? value[language] : value]),
  );
}

function localize(finding: Finding, language: Language): LocalizedFinding {
  return {
    rule: finding.rule,
    path: finding.path,
    message: interpolate(finding.message[language], finding.params, language),
    params: paramsIn(finding.params, language),
  };
}

/**
 * A stored report with each message written out in the three languages, for a reader who picks
 * the language itself (the officer's view of a declaration): nothing left to fill in.
 */
export type RenderedFinding = Omit<Finding, 'params'> & { params: Record<string, string | number> };

export function renderReport(report: ControlReport): { errors: RenderedFinding[]; warnings: RenderedFinding[] } {
  const render = (finding: Finding): RenderedFinding => ({
    ...finding,
    message: Object.fromEntries(
      languages.map((language) => [language, interpolate(finding.message[language], finding.params, language)]),
    ) as LocalizedText,
    params: paramsIn(finding.params, 'en'),
  });
  return { errors: report.errors.map(render), warnings: report.warnings.map(render) };
}

/** A report as the API answers it, each message in the request's language. */
export function localizeReport(report: ControlReport, language: Language): ControlAnswer {
  return {
    errors: report.errors.map((f) => localize(f, language)),
    warnings: report.warnings.map((f) => localize(f, language)),
  };
}
