import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { Me } from '../session/me.ts';
import { emptyDocument } from './empty-document.ts';

/** The parts of a new goods declaration the account fills: box 14 (the declarant) and box 54 (who fills it in). */
export const prefilledParts = ['declarant', 'filler'] as const;

const text = (value: string | null | undefined, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/**
 * A new draft, with the declarant's own data from the account where the kind has its box (issue 19
 * point 2): the goods declaration's box 14 — IIN/BIN, name, the country of registration — and box
 * 54 — the name, IIN and phone of the person signed in. Absent facts stay absent; the user edits
 * the rest. Names longer than the model allows are not cut here: the account's are shorter.
 */
export function newDocument(kind: DeclarationKind, me: Me | null): Record<string, unknown> {
  const document = emptyDocument(kind);
  if (kind !== 'goods' || !me || me.kind !== 'user') return document;
  const name = text(me.organisation, 500) ?? text(me.displayName, 500);
  document.declarant = prune({ iinBin: text(me.iinBin, 20), name, address: { countryCode: 'KZ' } });
  const personIin = me.certificates.find((certificate) => certificate.status === 'active')?.subjectIin;
  document.filler = prune({
    name: text(me.displayName, 300),
    iin: text(personIin ?? (me.iinBin.length === 12 && !me.organisation ? me.iinBin : undefined), 12),
    phone: text(me.phone, 40),
  });
  if (Object.keys(document.filler as object).length === 0) delete document.filler;
  return document;
}

function prune(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined));
}
