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
  const span = readSpan(bytes, offset);
  return { tag: span.tag, raw: spanRaw(bytes, span), value: spanValue(bytes, span) };
}

/**
 * An element located by offsets into the buffer it was read from. Readers on the hot path (CMS
 * verification) walk spans and create views only of the few elements they keep: creating a
 * typed-array view costs more than reading the header it describes.
 */
export interface DerSpan {
  tag: number;
  /** Offset of the identifier octet. */
  start: number;
  /** Offset of the contents octets. */
  contents: number;
  /** Offset just past the element. */
  end: number;
}

/** readDer's checks, with the element bounded by `limit` (its parent's end) and no views made. */
export function readSpan(bytes: Uint8Array, offset: number, limit: number = bytes.length): DerSpan {
  if (offset + 2 > limit) throw new DerError('truncated header');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used by X.509 or CMS');
  let length = bytes[offset + 1]!;
  let header = 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0) throw new DerError('indefinite length is not DER');
    if (octets > 4) throw new DerError('length too large');
    if (offset + 2 + octets > limit) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + bytes[offset + 2 + i]!;
    header += octets;
  }
  const end = offset + header + length;
  if (end > limit) throw new DerError('truncated contents');
  return { tag, start: offset, contents: offset + header, end };
}

/** The elements inside a constructed span, as children() reads them from a node. */
export function childSpans(bytes: Uint8Array, parent: DerSpan): DerSpan[] {
  if ((parent.tag & 0x20) === 0) throw new DerError(`tag 0x${parent.tag.toString(16)} is not constructed`);
  const items: DerSpan[] = [];
  let offset = parent.contents;
  while (offset < parent.end) {
    const child = readSpan(bytes, offset, parent.end);
    items.push(child);
    offset = child.end;
  }
  return items;
}

/** The whole element (header included) and its contents octets, as views. */
export const spanRaw = (bytes: Uint8Array, span: DerSpan): Uint8Array => bytes.subarray(span.start, span.end);
export const spanValue = (bytes: Uint8Array, span: DerSpan): Uint8Array => bytes.subarray(span.contents, span.end);

/** objectIdentifier for a span. */
export function spanOid(bytes: Uint8Array, span: DerSpan): string {
  if (span.tag !== 0x06) throw new DerError('expected an OBJECT IDENTIFIER');
  return objectIdentifierAt(bytes, span.contents, span.end);
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
// The memo is found by a hash of the encoded bytes and confirmed byte by byte, so a look-up
// builds no key string and costs one Map access.
interface MemoisedOid {
  bytes: Uint8Array;
  oid: string;
}
const decodedOids = new Map<number, MemoisedOid[]>();
let decodedOidCount = 0;
// Bounds the memory hostile input can make the memo use; OIDs past the bound are decoded each time.
const maxDecodedOids = 1024;
const maxMemoisedOidBytes = 64;

export function objectIdentifier(node: DerNode): string {
  if (node.tag !== 0x06) throw new DerError('expected an OBJECT IDENTIFIER');
  return objectIdentifierAt(node.value, 0, node.value.length);
}

/** The OID whose contents octets are bytes[start, end): for readers that walk offsets, not nodes. */
export function objectIdentifierAt(bytes: Uint8Array, start: number, end: number): string {
  if (end <= start) throw new DerError('expected an OBJECT IDENTIFIER');
  if (end - start > maxMemoisedOidBytes) return decodeObjectIdentifier(bytes.subarray(start, end));
  // FNV-1a over the contents octets.
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  const bucket = decodedOids.get(hash);
  if (bucket) {
    for (const entry of bucket) if (sameBytes(entry.bytes, bytes, start, end)) return entry.oid;
  }
  // A copy even when `bytes` is a Buffer (whose .slice() is a view of memory that will be reused).
  const encoded = Uint8Array.prototype.slice.call(bytes, start, end);
  const oid = decodeObjectIdentifier(encoded);
  if (decodedOidCount < maxDecodedOids) {
    if (bucket) bucket.push({ bytes: encoded, oid });
    else decodedOids.set(hash, [{ bytes: encoded, oid }]);
    decodedOidCount++;
  }
  return oid;
}

function sameBytes(known: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== bytes[start + i]) return false;
  return true;
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
