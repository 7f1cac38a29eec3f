import { parseCertificate } from '@shekara/nca';
import {
  type Curve,
  cryptoProA,
  jsDigests,
  nativeDigests,
  nativeGost,
  nativeGostStatus,
  tc26Gost512A,
  verifyGost,
  verifyGostNative,
} from '@shekara/nca/gost';
import { corpusMissing, readCorpusDer } from '../server/src/testing/corpus.ts';
import { benchSeconds, opensslRsa2048Verify, ownCpuSeconds } from './lib/own-cpu.ts';

/**
 * GOST digests and signature verification on one core, both backends: the native addon
 * (native/gost, built by `npm run build:native`) and the pure-TypeScript fallback
 * (node-gost-crypto digests + BigInt curve code). A verification = digest of a real NCA
 * certificate body + the curve check against its CA's key, once as a known key (the addon keeps
 * tables of multiples for keys it has seen before) and once as a key seen for the first time.
 * OpenSSL's RSA-2048 verify/s is
 * measured in the same run for scale. Issue 3's goals: GOST 2004 ≥ 3,000/s, 2015-512 ≥ 1,000/s.
 *
 * Rates are per second of this process's CPU time, so that other work on a shared machine does
 * not count against them (on an idle machine CPU time and wall time are the same here).
 */

function rate(work: () => void, budget = benchSeconds): number {
  const started = ownCpuSeconds();
  let count = 0;
  while (ownCpuSeconds() - started < budget) {
    work();
    count++;
  }
  return count / (ownCpuSeconds() - started);
}

const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: value < 100 ? 1 : 0 });

console.log(
  `signature  native GOST addon: ${nativeGostStatus}${nativeGost ? `, field arithmetic ${nativeGost.fieldArithmetic}` : ''}`,
);

// Digest throughput on a 64 KiB message.
const message = new Uint8Array(64 * 1024).map((_, i) => (i * 131 + 7) & 0xff);
const megabytes = message.length / 1e6;
for (const name of ['gost34311', 'streebog512', 'streebog256'] as const) {
  const label = { gost34311: 'GOST 34.311-95', streebog512: 'Streebog-512', streebog256: 'Streebog-256' }[name];
  const js = rate(() => jsDigests[name](message), benchSeconds / 3) * megabytes;
  const nativeDigest = nativeDigests?.[name];
  const native = nativeDigest ? rate(() => nativeDigest(message), benchSeconds / 3) * megabytes : null;
  console.log(
    `signature  digest ${label}: node-gost-crypto ${format(js)} MB/s, native ${native === null ? 'n/a' : `${format(native)} MB/s`}`,
  );
}

type Digest = (data: Uint8Array) => Uint8Array;
type Verify = (curve: Curve, digest: Uint8Array, signature: Uint8Array, publicKey: Uint8Array) => boolean;

const cases: Array<[string, string, string, Curve, 'gost34311' | 'streebog512']> = [
  [
    'GOST 34.310-2004',
    'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
    'nca-test-pki/ca/nca_gost_test.crt',
    cryptoProA,
    'gost34311',
  ],
  [
    'GOST 34.10-2015-512',
    'nca-test-pki/gokalkan/gost1.cer',
    'nca-test-pki/ca/nca_gost2015_test.cer',
    tc26Gost512A,
    'streebog512',
  ],
];

for (const [name, subject, issuer, curve, digestName] of cases) {
  const missing = corpusMissing(subject) ?? corpusMissing(issuer);
  if (missing) {
    console.log(`signature  ${name}: skipped (${missing})`);
    continue;
  }
  const child = parseCertificate(readCorpusDer(subject));
  const ca = parseCertificate(readCorpusDer(issuer));
  const backends: Array<[string, Digest, Verify]> = [['BigInt + node-gost-crypto', jsDigests[digestName], verifyGost]];
  if (nativeDigests && verifyGostNative && nativeGost) {
    const addon = nativeGost;
    const id = curve === cryptoProA ? 0 : 1;
    // the CA's key is the same every time: from its second sight on it has its tables in the key cache
    backends.push(['native, known key', nativeDigests[digestName], verifyGostNative]);
    // what a key seen for the first time costs (no cache look-up, no tables)
    backends.push([
      'native, key seen once',
      nativeDigests[digestName],
      (_c, d, s, k) => addon.verifyUncached(id, d, s, k),
    ]);
    backends.push([
      'native digest + OpenSSL generic EC',
      nativeDigests[digestName],
      (c, d, s, k) => addon.verifyOpenssl(c === cryptoProA ? 0 : 1, d, s, k),
    ]);
  }
  for (const [backend, digest, verify] of backends) {
    if (!verify(curve, digest(child.tbs), child.signature, ca.publicKey))
      throw new Error(`${name}, ${backend}: reference signature does not verify`);
    const perSecond = rate(() => verify(curve, digest(child.tbs), child.signature, ca.publicKey));
    console.log(
      `signature  ${name} certificate (${child.tbs.length}-byte body), ${backend}: ${format(perSecond)} verifications/s`,
    );
  }
  if (!nativeGost) console.log(`signature  ${name}, native: not available (${nativeGostStatus})`);
}

try {
  const verify = opensslRsa2048Verify();
  console.log(`signature  openssl speed rsa2048: ${verify ?? 'unparsed'} verify/s`);
} catch {
  console.log('signature  openssl speed rsa2048: openssl not available');
}
