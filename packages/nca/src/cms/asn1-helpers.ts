import { childSpans, type DerSpan, spanOid } from '../asn1/der.ts';
import { CmsFormatError } from './errors.ts';

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
