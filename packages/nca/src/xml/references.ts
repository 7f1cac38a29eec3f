import type { Document, Element, Node } from '@xmldom/xmldom';
import { digestFor, dsNamespace, envelopedSignature } from './algorithms.ts';
import { type C14nOptions, c14nOptionsFor, canonicalBytes } from './c14n.ts';
import { base64Bytes, childElements, descendants, onlyChild, requiredChild, textOf } from './dom.ts';
import { malformed, unsupported, XmlCheckFailure } from './failure.ts';

export const maxTransforms = 8;
const excNamespace = 'http://www.w3.org/2001/10/xml-exc-c14n#';

/** A ds:Reference read and resolved, before anything is digested. */
export interface PlannedReference {
  uri: string;
  /** What the reference selects: the whole document or one element. */
  target: Document | Element;
  c14n: C14nOptions;
  /**
   * Node sets to try, each a set of subtrees left out: with enveloped-signature, the signature
   * itself plus the signatures appended after it, then the signature alone (see planReference).
   */
  exclusions: ReadonlySet<Node>[];
  digest: (data: Uint8Array) => Uint8Array;
  expected: Uint8Array;
}

/** Elements by Id/ID/id value. A value held by several elements cannot be referenced (wrapping attacks). */
export type IdIndex = Map<string, Element[]>;

export function indexIds(document: Document): IdIndex {
  const index: IdIndex = new Map();
  for (const element of descendants(document)) {
    for (const name of ['Id', 'ID', 'id']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const list = index.get(value) ?? [];
      if (!list.includes(element)) list.push(element);
      index.set(value, list);
    }
  }
  return index;
}

/**
 * Resolves a Reference and reads its transforms. Only same-document references are accepted: URI=""
 * (the document) or a bare-name "#id"; anything else could make us fetch or read outside the document.
 *
 * Co-signing: NCALayer appends each new signature to the document element, and its enveloped-signature
 * transform removes only itself, so the second signer covers the first signature but the first did
 * not cover the second. As NCANode does, signature k is checked with the signatures appended after it
 * removed (`later`); the XMLDSig reading (only itself removed) is tried next. Either way only
 * ds:Signature elements are left out, and every one of them is itself checked.
 */
export function planReference(
  reference: Element,
  signature: Element,
  later: readonly Element[],
  document: Document,
  ids: IdIndex,
): PlannedReference {
  const uri = reference.getAttribute('URI');
  if (uri === null) throw malformed('a Reference without a URI');
  const target = resolve(uri, document, ids);

  let enveloped = false;
  let c14n: C14nOptions | null = null;
  const transformsElement = onlyChild(reference, dsNamespace, 'Transforms');
  const transforms = transformsElement ? childElements(transformsElement, dsNamespace, 'Transform') : [];
  if (transforms.length > maxTransforms) throw malformed(`more than ${maxTransforms} transforms`);
  for (const transform of transforms) {
    const algorithm = transform.getAttribute('Algorithm') ?? '';
    // Canonicalization yields octets; a transform after it would need reparsing, which no NCA
    // signer does, so it is refused rather than half-supported.
    if (c14n) throw unsupported(`transform ${algorithm} after canonicalization`);
    if (algorithm === envelopedSignature) {
      enveloped = true;
      continue;
    }
    const options = c14nOptionsFor(algorithm);
    if (!options) throw unsupported(`transform ${algorithm}`);
    c14n = { ...options, inclusivePrefixes: options.exclusive ? inclusivePrefixes(transform) : [] };
  }
  // Same-document references select node-sets without comments (XMLDSig §4.4.3.3), whatever the
  // canonicalization says; with no canonicalization transform, inclusive C14N applies (§4.4.3.2).
  const base = c14n ?? { exclusive: false, withComments: false, inclusivePrefixes: [] };

  const digestUri = requiredChild(reference, dsNamespace, 'DigestMethod').getAttribute('Algorithm') ?? '';
  const digest = digestFor(digestUri);
  if (!digest) throw unsupported(`digest ${digestUri}`);
  const expected = base64Bytes(textOf(requiredChild(reference, dsNamespace, 'DigestValue')));
  const exclusions: ReadonlySet<Node>[] = enveloped
    ? [new Set<Node>([signature, ...later]), new Set<Node>([signature])]
    : [new Set<Node>()];
  if (enveloped && later.length === 0) exclusions.pop();
  return { uri, target, c14n: { ...base, withComments: false }, exclusions, digest, expected };
}

function resolve(uri: string, document: Document, ids: IdIndex): Document | Element {
  if (uri === '') return document;
  if (uri.startsWith('#xpointer(')) throw unsupported(`XPointer reference ${uri}`);
  const bareName = /^#([^\s#()/]+)$/.exec(uri);
  if (!bareName) throw malformed(`Reference URI ${JSON.stringify(uri)} points outside the document`);
  const found = ids.get(bareName[1]!) ?? [];
  if (found.length === 0) throw malformed(`Reference ${uri} matches no element`);
  if (found.length > 1) throw malformed(`Reference ${uri} matches ${found.length} elements`);
  return found[0]!;
}

/** The exc-c14n InclusiveNamespaces PrefixList of a transform or CanonicalizationMethod. */
export function inclusivePrefixes(method: Element): string[] {
  const list = onlyChild(method, excNamespace, 'InclusiveNamespaces');
  return list ? (list.getAttribute('PrefixList') ?? '').split(/[ \t\r\n]+/).filter(Boolean) : [];
}

/** Total canonical bytes one check may digest: with the limits on signatures and references, a bound on work. */
export class DigestBudget {
  constructor(private remaining: number) {}

  spend(bytes: number): void {
    this.remaining -= bytes;
    if (this.remaining < 0) throw malformed('the references select too much content to digest');
  }
}

export function checkReference(planned: PlannedReference, budget: DigestBudget): void {
  for (const exclude of planned.exclusions) {
    const bytes = canonicalBytes(planned.target, { ...planned.c14n, exclude });
    budget.spend(bytes.length);
    if (Buffer.from(planned.digest(bytes)).equals(Buffer.from(planned.expected))) return;
  }
  throw new XmlCheckFailure('SIG_CONTENT_MISMATCH', `the digest of Reference URI="${planned.uri}" does not match`);
}
