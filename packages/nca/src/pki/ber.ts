import { objectIdentifier } from '../asn1/der.ts';

/**
 * A small BER reader for key containers. PKCS#12 files from Java-based tools (NCA's among them)
 * use indefinite lengths and constructed OCTET STRINGs inside the MAC-protected data, which the
 * DER reader in asn1/der.ts rightly refuses for certificates; here they must be accepted.
 */
export interface BerNode {
  tag: number;
  /** The whole element as encoded, header included. */
  raw: Uint8Array;
  /** Contents octets of a primitive node (empty for a constructed one). */
  value: Uint8Array;
  /** Elements of a constructed node. */
  items: BerNode[];
}

export class BerError extends Error {
  override name = 'BerError';
}

export interface BerLimits {
  maxDepth: number;
  maxNodes: number;
}

const defaultLimits: BerLimits = { maxDepth: 32, maxNodes: 20_000 };

/** Parses one complete element; trailing bytes are an error. */
export function readBer(bytes: Uint8Array, limits: BerLimits = defaultLimits): BerNode {
  const state = { nodes: 0, limits };
  const [node, end] = readAt(bytes, 0, 0, state);
  if (end !== bytes.length) throw new BerError('trailing bytes after the element');
  return node;
}

function readAt(
  bytes: Uint8Array,
  offset: number,
  depth: number,
  state: { nodes: number; limits: BerLimits },
): [BerNode, number] {
  if (depth > state.limits.maxDepth) throw new BerError('nesting too deep');
  if (++state.nodes > state.limits.maxNodes) throw new BerError('too many elements');
  if (offset + 2 > bytes.length) throw new BerError('truncated header');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new BerError('multi-byte tags are not used here');
  const constructed = (tag & 0x20) !== 0;
  const lengthByte = bytes[offset + 1]!;
  let position = offset + 2;
  if (lengthByte === 0x80) {
    if (!constructed) throw new BerError('indefinite length on a primitive element');
    const items: BerNode[] = [];
    for (;;) {
      if (position + 2 > bytes.length) throw new BerError('missing end-of-contents');
      if (bytes[position] === 0 && bytes[position + 1] === 0)
        return [{ tag, raw: bytes.subarray(offset, position + 2), value: new Uint8Array(0), items }, position + 2];
      const [item, next] = readAt(bytes, position, depth + 1, state);
      items.push(item);
      position = next;
    }
  }
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const octets = lengthByte & 0x7f;
    if (octets > 4) throw new BerError('length too large');
    if (position + octets > bytes.length) throw new BerError('truncated length');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + bytes[position + i]!;
    position += octets;
  }
  const end = position + length;
  if (end > bytes.length) throw new BerError('truncated contents');
  if (!constructed)
    return [{ tag, raw: bytes.subarray(offset, end), value: bytes.subarray(position, end), items: [] }, end];
  const items: BerNode[] = [];
  while (position < end) {
    const [item, next] = readAt(bytes.subarray(0, end), position, depth + 1, state);
    items.push(item);
    position = next;
  }
  return [{ tag, raw: bytes.subarray(offset, end), value: new Uint8Array(0), items }, end];
}

/** The octets of an OCTET STRING (or an implicitly tagged one), joining the chunks of a constructed encoding. */
export function octets(node: BerNode): Uint8Array {
  if ((node.tag & 0x20) === 0) return node.value;
  return Buffer.concat(node.items.map(octets));
}

export function expectTag(node: BerNode | undefined, tag: number, what: string): BerNode {
  if (!node || node.tag !== tag) throw new BerError(`expected ${what}`);
  return node;
}

export function oidOf(node: BerNode | undefined): string {
  const checked = expectTag(node, 0x06, 'an OBJECT IDENTIFIER');
  if (checked.value.length === 0) throw new BerError('empty OBJECT IDENTIFIER');
  return objectIdentifier(checked);
}

/** A non-negative INTEGER small enough for a JavaScript number (versions, iteration counts, key lengths). */
export function smallInteger(node: BerNode | undefined): number {
  const { value } = expectTag(node, 0x02, 'an INTEGER');
  if (value.length === 0 || value.length > 6 || value[0]! & 0x80) throw new BerError('INTEGER out of range');
  return value.reduce((sum, byte) => sum * 256 + byte, 0);
}

/** An INTEGER read as an unsigned big-endian bigint (private key scalars). */
export function bigInteger(node: BerNode | undefined): bigint {
  const { value } = expectTag(node, 0x02, 'an INTEGER');
  if (value.length === 0 || value[0]! & 0x80) throw new BerError('INTEGER is not positive');
  return value.reduce((sum, byte) => (sum << 8n) | BigInt(byte), 0n);
}
