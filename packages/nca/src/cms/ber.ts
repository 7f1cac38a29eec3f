import { tlv } from '../asn1/der-writer.ts';
import { CmsFormatError } from './errors.ts';

/**
 * CMS from streaming producers (BouncyCastle, `openssl cms -stream`) uses BER indefinite lengths
 * and constructed OCTET STRINGs, which the DER reader refuses. This re-encodes such input with
 * definite lengths and primitive OCTET STRINGs. Subtrees that were already DER come back as the
 * very same bytes, so signed attributes (DER by rule, RFC 5652 §5.3) and certificates still
 * verify. DER input is returned unchanged, without copying.
 */
export function berToDer(bytes: Uint8Array): Uint8Array {
  const walk = { nodes: 0 };
  const { out, end, changed } = element(bytes, 0, walk, 0);
  if (end !== bytes.length) throw new CmsFormatError('trailing bytes after the CMS structure');
  return changed ? out : bytes;
}

// Bounds on hostile input: nesting deeper than any CMS needs, and a node count far above what
// a CMS with a few dozen certificates holds. Large attached content is one node, so size alone
// does not grow the work.
const maxDepth = 64;
const maxNodes = 200_000;

interface Element {
  out: Uint8Array;
  end: number;
  changed: boolean;
}

function element(bytes: Uint8Array, offset: number, walk: { nodes: number }, depth: number): Element {
  if (depth > maxDepth) throw new CmsFormatError('nesting too deep');
  if (++walk.nodes > maxNodes) throw new CmsFormatError('too many ASN.1 elements');
  if (offset + 2 > bytes.length) throw new CmsFormatError('truncated header');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new CmsFormatError('multi-byte tags are not used by CMS');
  const constructed = (tag & 0x20) !== 0;
  const first = bytes[offset + 1]!;
  let start = offset + 2;
  let end: number | null = null;
  if (first === 0x80) {
    if (!constructed) throw new CmsFormatError('indefinite length on a primitive element');
  } else if (first & 0x80) {
    const octets = first & 0x7f;
    if (octets > 4) throw new CmsFormatError('length too large');
    if (start + octets > bytes.length) throw new CmsFormatError('truncated length');
    let length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + bytes[start + i]!;
    start += octets;
    end = start + length;
  } else {
    end = start + first;
  }
  if (end !== null && end > bytes.length) throw new CmsFormatError('truncated contents');
  if (!constructed) return { out: bytes.subarray(offset, end!), end: end!, changed: false };

  const items: Element[] = [];
  let cursor = start;
  for (;;) {
    if (end === null) {
      if (cursor + 2 > bytes.length) throw new CmsFormatError('missing end-of-contents');
      if (bytes[cursor] === 0 && bytes[cursor + 1] === 0) {
        cursor += 2;
        break;
      }
    } else if (cursor >= end) {
      break;
    }
    const item = element(end === null ? bytes : bytes.subarray(0, end), cursor, walk, depth + 1);
    items.push(item);
    cursor = item.end;
  }
  const changed = end === null || tag === 0x24 || items.some((item) => item.changed);
  if (!changed) return { out: bytes.subarray(offset, cursor), end: cursor, changed: false };
  if (tag === 0x24) return { out: tlv(0x04, ...items.map(octetStringValue)), end: cursor, changed: true };
  return { out: tlv(tag, ...items.map((item) => item.out)), end: cursor, changed: true };
}

/** The contents of a (normalised) OCTET STRING segment of a constructed OCTET STRING. */
function octetStringValue(item: Element): Uint8Array {
  const out = item.out;
  if (out[0] !== 0x04) throw new CmsFormatError('a constructed OCTET STRING holds something else');
  const first = out[1]!;
  const header = first & 0x80 ? 2 + (first & 0x7f) : 2;
  return out.subarray(header);
}
