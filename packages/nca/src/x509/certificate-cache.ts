import { LruCache } from '../trust/lru.ts';
import { type Certificate, parseCertificate } from './certificate.ts';

// The same few thousand certificates (today's signers and their CAs) arrive inside signature after
// signature. Parsing one costs more than the lookup; reusing the parsed object also lets the
// per-object memos (fingerprints, name keys, keys, chains) hit. Certificates are values: callers
// never change them.
//
// A key string of the whole DER (built and hashed on every look-up) cost as much as the rest of
// the look-up, so certificates are first found by a hash of the DER's length and last bytes (inside
// the issuer's signature, which differs between any two certificates) and then compared in full:
// a hit is always the exact same bytes. A certificate whose hash matches that of another that
// already holds the slot (rarely by chance, or crafted on purpose) is kept by its whole DER, so it
// can neither push the holder out nor be mistaken for it.
const byTail = new LruCache<number, Certificate>(4096);
const byBytes = new LruCache<string, Certificate>(1024);
const tailBytes = 32;

/** parseCertificate, remembered by the exact DER bytes. Throws DerError like parseCertificate. */
export function parseCertificateCached(der: Uint8Array): Certificate {
  const view = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
  const tail = tailHash(der);
  const holder = byTail.get(tail);
  if (holder && view.equals(holder.raw)) return holder;
  if (holder) return cachedByBytes(view);
  const certificate = parseOwnCopy(der);
  byTail.set(tail, certificate);
  return certificate;
}

function cachedByBytes(view: Buffer): Certificate {
  const id = view.toString('latin1');
  let certificate = byBytes.get(id);
  if (!certificate) {
    certificate = parseOwnCopy(view);
    byBytes.set(id, certificate);
  }
  return certificate;
}

// Own copy of the bytes: the cached object must not point into a caller's buffer that may be reused.
function parseOwnCopy(der: Uint8Array): Certificate {
  return parseCertificate(Uint8Array.from(der));
}

/** FNV-1a over the length and the last bytes: a number, so the look-up builds no string. */
function tailHash(der: Uint8Array): number {
  let hash = Math.imul(0x811c9dc5 ^ der.length, 0x01000193);
  for (let i = Math.max(0, der.length - tailBytes); i < der.length; i++) hash = Math.imul(hash ^ der[i]!, 0x01000193);
  return hash;
}
