import { children, childSpans, type DerNode, type DerSpan, objectIdentifier, spanOid } from '../asn1/der.ts';
import { CmsFormatError } from './errors.ts';

/** Small checked readers shared by the CMS parsers; each failure is a CmsFormatError. */

function algorithmOid(node: DerNode): string {
  expectTag(node, 0x30, 'AlgorithmIdentifier');
  const [algorithm] = children(node);
  if (!algorithm) throw new CmsFormatError('empty AlgorithmIdentifier');
  return objectIdentifier(algorithm);
}

function smallInteger(node: DerNode): number {
  expectTag(node, 0x02, 'version');
  if (node.value.length !== 1) throw new CmsFormatError('version out of range');
  return node.value[0]!;
}

export function expectTag(node: { tag: number }, tag: number, what: string): void {
  if (node.tag !== tag)
    throw new CmsFormatError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
}

/** algorithmOid for a span of `bytes`. */
export function algorithmOidAt(bytes: Uint8Array, span: DerSpan): string {
  expectTag(span, 0x30, 'AlgorithmIdentifier');
  if (span.contents >= span.end) throw new CmsFormatError('empty AlgorithmIdentifier');
  return spanOid(bytes, childSpans(bytes, span)[0]!);
}

/** smallInteger for a span of `bytes`. */
export function smallIntegerAt(bytes: Uint8Array, span: DerSpan): number {
  expectTag(span, 0x02, 'version');
  if (span.end - span.contents !== 1) throw new CmsFormatError('version out of range');
  return bytes[span.contents]!;
}
