import { execFileSync } from 'node:child_process';
import { cryptoProA, tc26Gost512A, type Curve } from '../server/src/modules/signature/gost/curves.ts';
import { gost34311, streebog512 } from '../server/src/modules/signature/gost/digests.ts';
import { verifyGost } from '../server/src/modules/signature/gost/verify.ts';
import { parseCertificate } from '../server/src/modules/signature/x509/certificate.ts';
import { corpusMissing, readCorpusDer } from '../server/src/testing/corpus.ts';

/**
 * Signature verifications per second on one core: the pure-BigInt GOST path (digest of the
 * certificate body + curve check) on real NCA certificates, beside OpenSSL's RSA-2048 verify/s
 * measured in the same run. Issue 3's goals: GOST 2015-512 ≥ 1,000/s, GOST 2004 ≥ 3,000/s.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

function rate(work: () => void): number {
  const deadline = performance.now() + seconds * 1000;
  let count = 0;
  const started = performance.now();
  while (performance.now() < deadline) {
    work();
    count++;
  }
  return count / ((performance.now() - started) / 1000);
}

const cases: Array<[string, string, string, Curve, (data: Uint8Array) => Uint8Array]> = [
  ['GOST 34.310-2004', 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer', 'nca-test-pki/ca/nca_gost_test.crt', cryptoProA, gost34311],
  ['GOST 34.10-2015-512', 'nca-test-pki/gokalkan/gost1.cer', 'nca-test-pki/ca/nca_gost2015_test.cer', tc26Gost512A, streebog512],
];

for (const [name, subject, issuer, curve, digest] of cases) {
  const missing = corpusMissing(subject) ?? corpusMissing(issuer);
  if (missing) {
    console.log(`signature  ${name}: skipped (${missing})`);
    continue;
  }
  const child = parseCertificate(readCorpusDer(subject));
  const ca = parseCertificate(readCorpusDer(issuer));
  if (!verifyGost(curve, digest(child.tbs), child.signature, ca.publicKey)) throw new Error(`${name}: reference signature does not verify`);
  const perSecond = rate(() => verifyGost(curve, digest(child.tbs), child.signature, ca.publicKey));
  console.log(`signature  ${name} certificate, BigInt path: ${perSecond.toFixed(0)} verifications/s`);
}

try {
  const output = execFileSync('openssl', ['speed', '-seconds', String(seconds), 'rsa2048'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const line = output.split('\n').find((l) => /^rsa\s+2048/.test(l.trim()));
  const verify = line?.trim().split(/\s+/).at(-1);
  console.log(`signature  openssl speed rsa2048: ${verify ?? 'unparsed'} verify/s`);
} catch {
  console.log('signature  openssl speed rsa2048: openssl not available');
}
