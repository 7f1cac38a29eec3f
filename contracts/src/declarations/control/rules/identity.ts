import type { DeclarationKind } from '../../documents/kinds.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, say, valueAt } from './define.ts';

/**
 * Who may sign (issue 6 point 3; WD-10): the declarant itself — an individual by their IIN, an
 * organisation's employee under its BIN — or a customs representative acting for the declarant on
 * the document's date. Known only when the document is signed (`ctx.signer`); until then the rule
 * is silent. Each kind names where its declarant's IIN/BIN is; one rule per kind, one id for all.
 */
export const declarantPaths: Partial<Record<DeclarationKind, string>> = {
  goods: 'declarant.iinBin',
  transit: 'declarant.iinBin',
  vehicle: 'declarant.iinBin',
  preliminary: 'declarant.iinBin',
  release_before_declaration: 'applicant.iinBin',
  temporary_vehicle: 'applicant.iinBin',
  customs_value_1: 'declarant.iinBin',
  customs_value_2: 'declarant.iinBin',
  delivery_control: 'declarant.iinBin',
  transaction_passport: 'resident.iinBin',
  passenger: 'declarant.iinBin',
};

const message = say(
  'Құжатқа декларант ({declarant}) немесе оның кеден өкілі қол қоюы керек; қол қойған: {signer}.',
  'Документ должен подписать декларант ({declarant}) или его таможенный представитель; подписант: {signer}.',
  'The document must be signed by the declarant ({declarant}) or its customs representative; the signer is {signer}.',
);

function signerRule(kind: DeclarationKind, path: string): Rule {
  return {
    id: 'identity.signer-not-declarant',
    severity: 'error',
    kinds: [kind],
    message,
    *check(document, ctx): Iterable<Hit> {
      if (!ctx.signer) return;
      const { iin, bin, represents } = ctx.signer;
      const found = valueAt(document, path);
      const declarant = typeof found === 'string' ? found.trim() : '';
      if (!isBlank(declarant) && (declarant === iin || declarant === bin || represents.includes(declarant))) return;
      yield { path, params: { declarant: declarant || '—', signer: [iin, bin].filter(Boolean).join(' / ') || '—' } };
    },
  };
}

export const identityRules: readonly Rule[] = Object.entries(declarantPaths).map(([kind, path]) =>
  signerRule(kind as DeclarationKind, path),
);
