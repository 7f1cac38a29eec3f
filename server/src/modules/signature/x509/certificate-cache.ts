import { LruCache } from '../trust/lru.ts';
import { parseCertificate, type Certificate } from './certificate.ts';

// The same few thousand certificates (today's signers and their CAs) arrive inside signature after
// signature. Parsing one costs more than the lookup; reusing the parsed object also lets the
// per-object memos (fingerprints, name keys, keys, chains) hit. Certificates are values: callers
// never change them.
//
// A key string of the whole DER (built and hashed on every look-up) cost as much as the rest of
// the look-up, so certificates are first found by the DER's length and last bytes (inside the
// issuer's signature, which differs between any two certificates) and then compared in full: a
// hit is always the exact same bytes. A certificate whose length and tail match another's that
// already holds the slot (only someone crafting it would) is kept by its whole DER instead, so it
// can neither push the holder out nor be mistaken for it.
const byTail = new LruCache<string, Certificate>(4096);
const byBytes = new LruCache<string, Certificate>(1024);
const tailBytes = 32;

/** parseCertificate, remembered by the exact DER bytes. Throws DerError like parseCertificate. */
export function parseCertificateCached(der: Uint8Array): Certificate {
  const view = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
  const tail = `${der.byteLength}:${view.toString('latin1', Math.max(0, der.byteLength - tailBytes))}`;
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
