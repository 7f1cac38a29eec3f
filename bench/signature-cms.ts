import {
  CrlStore,
  clearChainCache,
  createCms,
  createSignatureVerifier,
  type KeyAlgorithm,
  parseCrl,
  signRaw,
  trustStoreFromCertificates,
} from '@shekara/nca';
import { gostBackend, nativeGost } from '@shekara/nca/gost';
import { createTestPki, testHolder } from '@shekara/nca/test-pki';
import { manualClock } from '../server/src/platform/clock.ts';
import { benchSeconds, opensslRsa2048Verify, ownCpuSeconds } from './lib/own-cpu.ts';

/**
 * Whole verifications per second on one core (issue 3 point 13): a CMS with a 1 KB payload
 * through verifyCms — parsing, content digest, the signer's signature, the chain to the trust
 * store, the NCA profile, the key purpose and the CRL look-up. Two figures per family:
 * - "first sight": the chain cache is emptied before each verification, so the certificate's own
 *   signature is checked by its CA's key too (two curve or RSA checks per verification);
 * - "known signer": a signer seen before (the common case: the same users sign all day), whose
 *   certificate-by-CA check is remembered, so one signature check per verification.
 * OpenSSL's RSA-2048 verify/s is measured in the same run for scale. Rates are per second of
 * this process's CPU time.
 */
const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

/**
 * Verifications per CPU-second. The CPU clock is read between batches (growing to 256
 * verifications), not after every verification: a read is a system call of about 2 µs, which
 * counted against an RSA verification of 25 µs would be 8 % of it (`openssl speed` does not read
 * the clock per operation either).
 */
async function rate(work: () => Promise<void>): Promise<number> {
  const started = ownCpuSeconds();
  let count = 0;
  let batch = 1;
  let elapsed = 0;
  while ((elapsed = ownCpuSeconds() - started) < benchSeconds) {
    for (let i = 0; i < batch; i++) await work();
    count += batch;
    if (batch < 256) batch *= 2;
  }
  return count / elapsed;
}

const families: KeyAlgorithm[] = ['RSA', 'GOST2004', 'GOST2015-512'];
const pki = await createTestPki({ families, iterations: 1 });
const clock = manualClock(new Date(pki.now.getTime() + 3_600_000));
const verifier = createSignatureVerifier({
  trust: trustStoreFromCertificates(pki.authorities.map((a) => a.certificate)),
  crls: new CrlStore(pki.authorities.map((a) => parseCrl(a.crl))),
  revocation: 'crl',
  clock,
});
const payload = new Uint8Array(1024).map((_, i) => (i * 37 + 11) & 0xff);

console.log(
  `signature-cms  GOST backend: ${gostBackend()}, RSA: ${nativeGost ? `native (${nativeGost.rsaArithmetic})` : 'node:crypto'}`,
);
const results: Record<string, { first: number; known: number }> = {};
for (const algorithm of families) {
  const holder = testHolder(pki, algorithm, 'signer-sign');
  const cms = createCms({
    content: payload,
    detached: false,
    certificate: holder.certificate,
    algorithm,
    sign: (b) => signRaw(holder.key, b),
    signingTime: clock.now(),
  });
  const check = async () => {
    const result = await verifier.verifyCms(cms, { purpose: 'sign' });
    if (!result.valid) throw new Error(`${algorithm}: ${result.code} ${result.detail}`);
  };
  await check();
  const first = await rate(async () => {
    clearChainCache();
    await check();
  });
  const known = await rate(check);
  results[algorithm] = { first, known };
  console.log(
    `signature-cms  ${algorithm} CMS, 1 KB, chain + CRL: first sight ${format(first)}/s, known signer ${format(known)}/s`,
  );
}

try {
  const openssl = Number(opensslRsa2048Verify());
  console.log(`signature-cms  openssl speed rsa2048: ${format(openssl)} verify/s`);
  const rsa = results.RSA!;
  console.log(
    `signature-cms  RSA CMS vs openssl: first sight ${((100 * rsa.first) / openssl).toFixed(0)} %, known signer ${((100 * rsa.known) / openssl).toFixed(0)} %`,
  );
} catch {
  console.log('signature-cms  openssl speed rsa2048: openssl not available');
}
