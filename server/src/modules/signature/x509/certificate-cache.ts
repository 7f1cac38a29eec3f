import { LruCache } from '../trust/lru.ts';
import { parseCertificate, type Certificate } from './certificate.ts';

// The same few thousand certificates (today's signers and their CAs) arrive inside signature after
// signature. Parsing one costs more than the lookup; reusing the parsed object also lets the
// per-object memos (fingerprints, name keys) hit. Certificates are values: callers never change them.
const parsed = new LruCache<string, Certificate>(4096);

/** parseCertificate, remembered by the exact DER bytes. Throws DerError like parseCertificate. */
export function parseCertificateCached(der: Uint8Array): Certificate {
  const id = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('latin1');
  let certificate = parsed.get(id);
  if (!certificate) {
    // Own copy of the bytes: the cached object must not point into a caller's buffer that may be reused.
    certificate = parseCertificate(Uint8Array.from(der));
    parsed.set(id, certificate);
  }
  return certificate;
}
