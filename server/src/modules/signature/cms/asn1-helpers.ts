import { children, objectIdentifier, type DerNode } from '../asn1/der.ts';
import { CmsFormatError } from './errors.ts';

/** Small checked readers shared by the CMS parsers; each failure is a CmsFormatError. */

export function algorithmOid(node: DerNode): string {
  expectTag(node, 0x30, 'AlgorithmIdentifier');
  const [algorithm] = children(node);
  if (!algorithm) throw new CmsFormatError('empty AlgorithmIdentifier');
  return objectIdentifier(algorithm);
}

export function smallInteger(node: DerNode): number {
  expectTag(node, 0x02, 'version');
  if (node.value.length !== 1) throw new CmsFormatError('version out of range');
  return node.value[0]!;
}

export function expectTag(node: DerNode, tag: number, what: string): void {
  if (node.tag !== tag) throw new CmsFormatError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
}
