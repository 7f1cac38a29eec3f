import { declarationKindNames } from '@shekara/contracts/declarations/documents';
import { declarationStatusNames, nextStatus } from '@shekara/contracts/declarations/status';
import type { StoredDeclaration } from '../declaration-repository.ts';
import { LinkErrors } from './errors.ts';
import type { EarlierDocument, ExistingLink } from './link-repository.ts';
import { type NamedDocument, namedFieldNames, namedKind } from './named-documents.ts';

/** What a later declaration is judged by: its own and its declarant's IIN/BIN, and the links it has. */
export type LaterDeclaration = Pick<StoredDeclaration, 'id' | 'kind' | 'document' | 'ownerIinBin' | 'declarantIinBin'>;

export interface LinkToMake {
  named: NamedDocument;
  earlier: EarlierDocument;
}

/**
 * Whether the documents a declaration names may be followed by it (ACC-16, ACC-17), and which
 * links are new. A named document must be registered, be the declarant's or its filer's own —
 * the preliminary information a carrier gave for the declarant, or the declarant's own — be of
 * the kind the field names, and be open: preliminary information registered or used, a release
 * before the declaration released. A link once made stays: a corrected copy naming the same
 * document makes none again, one naming another is refused. Throws the first refusal.
 */
export function judgeLinks(
  later: LaterDeclaration,
  named: readonly NamedDocument[],
  found: ReadonlyMap<string, EarlierDocument>,
  existing: readonly ExistingLink[],
): LinkToMake[] {
  const parties = new Set([later.ownerIinBin, later.declarantIinBin].filter((p): p is string => p !== null));
  const links: LinkToMake[] = [];
  for (const n of named) {
    const params = { number: n.number, field: namedFieldNames[n.path] ?? n.path };
    const made = existing.find((e) => e.declarationId === later.id && e.relation === n.relation);
    if (made) {
      if (made.earlierNumber === n.number) continue;
      throw LinkErrors.DECL_LINK_CHANGED({ ...params, linked: made.earlierNumber });
    }
    const earlier = found.get(n.number);
    const ours =
      earlier &&
      earlier.id !== later.id &&
      (parties.has(earlier.ownerIinBin) || (earlier.declarantIinBin !== null && parties.has(earlier.declarantIinBin)));
    if (!earlier || !ours) throw LinkErrors.DECL_LINK_NOT_FOUND(params);
    if (earlier.kind !== namedKind[n.relation])
      throw LinkErrors.DECL_LINK_WRONG_KIND({
        ...params,
        kind: declarationKindNames[earlier.kind],
        expected: declarationKindNames[namedKind[n.relation]],
      });
    if (nextStatus(earlier.status, 'link', 'system', earlier.kind) === null)
      throw LinkErrors.DECL_LINK_NOT_OPEN({ number: n.number, status: declarationStatusNames[earlier.status] });
    links.push({ named: n, earlier });
  }
  return links;
}
