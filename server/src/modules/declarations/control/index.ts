import type { DeclarationKind } from '../documents/kinds.ts';
import { runRules, type ControlContext, type ControlReport, type Rule } from './engine.ts';

export type { ControlContext, ControlReport, Finding, Rule, Severity, SignerFacts } from './engine.ts';
export type { ReferenceView } from './reference-view.ts';

/** Every rule of every kind, in the order findings are reported. */
export const allRules: readonly Rule[] = [];

/** Format-logical control of a document that fits its kind's model (WD-8, WD-9). */
export function controlDeclaration(kind: DeclarationKind, document: unknown, ctx: ControlContext): ControlReport {
  return runRules(allRules, kind, document, ctx);
}
