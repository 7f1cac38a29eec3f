/**
 * A minimal DER reader: enough to walk certificates, CRLs and CMS and to slice out the exact bytes
 * a signature covers. It never copies: every node points into the input buffer.
 */
export interface DerNode {
  /** The identifier octet (class, constructed bit and tag number below 31). */
  tag: number;
  /** The whole element, header included: what a signature over this element covers. */
  raw: Uint8Array;
  /** The contents octets. */
  value: Uint8Array;
}

export class DerError extends Error {
  override name = 'DerError';
}

// Deeper nesting than any certificate or CMS needs; bounds the work done on hostile input.
const maxDepth = 64;

export function readDer(bytes: Uint8Array, offset = 0): DerNode {
  if (offset + 2 > bytes.length) throw new DerError('truncated header');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used by X.509 or CMS');
  let length = bytes[offset + 1]!;
  let header = 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0) throw new DerError('indefinite length is not DER');
    if (octets > 4) throw new DerError('length too large');
    if (offset + 2 + octets > bytes.length) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + bytes[offset + 2 + i]!;
    header += octets;
  }
  const end = offset + header + length;
  if (end > bytes.length) throw new DerError('truncated contents');
  return { tag, raw: bytes.subarray(offset, end), value: bytes.subarray(offset + header, end) };
}

/** The elements inside a constructed node (SEQUENCE, SET, [n]). */
export function children(node: DerNode, depth = 0): DerNode[] {
  if (depth > maxDepth) throw new DerError('nesting too deep');
  if ((node.tag & 0x20) === 0) throw new DerError(`tag 0x${node.tag.toString(16)} is not constructed`);
  const items: DerNode[] = [];
  let offset = 0;
  while (offset < node.value.length) {
    const child = readDer(node.value, offset);
    items.push(child);
    offset += child.raw.length;
  }
  return items;
}

/** The bits of a BIT STRING with no unused bits (keys and signatures always are whole bytes). */
export function bitStringBytes(node: DerNode): Uint8Array {
  if (node.tag !== 0x03) throw new DerError('expected a BIT STRING');
  if (node.value[0] !== 0) throw new DerError('BIT STRING with unused bits');
  return node.value.subarray(1);
}

// Signatures repeat the same few dozen OIDs; decoding each once saves work on every verification.
const decodedOids = new Map<string, string>();
const maxDecodedOids = 1024;

export function objectIdentifier(node: DerNode): string {
  if (node.tag !== 0x06 || node.value.length === 0) throw new DerError('expected an OBJECT IDENTIFIER');
  if (node.value.length > 64) return decodeObjectIdentifier(node.value);
  const key = String.fromCharCode(...node.value);
  let oid = decodedOids.get(key);
  if (oid === undefined) {
    oid = decodeObjectIdentifier(node.value);
    if (decodedOids.size < maxDecodedOids) decodedOids.set(key, oid);
  }
  return oid;
}

function decodeObjectIdentifier(bytes: Uint8Array): string {
  const arcs: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}
