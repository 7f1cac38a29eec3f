import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusMissing, readCorpusDer } from '../../../testing/corpus.ts';
import { parseCertificate, type Certificate } from '../x509/certificate.ts';
import { checkRevocation } from './check-revocation.ts';
import { loadCrlDirectory } from './crl-store.ts';
import { interpretOcspResponse } from './ocsp.ts';
import { parseOcspResponse } from './ocsp-response.ts';
import { verifyOcspSignature } from './ocsp-verify.ts';

const ca = {
  rsa: 'nca-test-pki/ca/nca_rsa_test.crt',
  gost2004: 'nca-test-pki/ca/nca_gost_test.crt',
  gost2015: 'nca-test-pki/ca/nca_gost2015_test.cer',
} as const;
const at2004 = new Date('2022-06-01T00:00:00Z');
const at2015 = new Date('2022-09-01T00:00:00Z');
const files = [...Object.values(ca), 'nca-test-pki/crl', 'nca-test-pki/ocsp', 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer', 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer', 'nca-test-pki/gokalkan/gost1.cer'];
const missing = files.map(corpusMissing).find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);

const load = (file: string) => parseCertificate(readCorpusDer(file));
/**
 * The README's revoked and 2015 certificates live only inside PKCS#12 files whose certificate bags
 * are RC2-encrypted. A revocation check reads nothing of a certificate but its issuer, AKI and
 * serial, so each stands in as a certificate of the same CA with the serial of the one in the
 * container (read from the containers with OpenSSL's legacy provider).
 */
const sameCaWithSerial = (sibling: string, serialNumber: string): Certificate => ({ ...load(sibling), serialNumber });
const rsaSibling = 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer';
const gost2004Sibling = 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer';
const gost2015Sibling = 'nca-test-pki/gokalkan/gost1.cer';

// The README table: certificate → CA, reference time, status.
const table = [
  { name: 'certs/individual_valid_sign_2004_rsa.cer', cert: () => load(rsaSibling), ca: ca.rsa, at: at2004, status: 'good' },
  { name: 'certs/individual_valid_sign_2004_rsa_auth.cer', cert: () => load('nca-test-pki/certs/individual_valid_sign_2004_rsa_auth.cer'), ca: ca.rsa, at: at2004, status: 'good' },
  { name: 'certs/ceo_valid_sign_2004_gost.cer', cert: () => load(gost2004Sibling), ca: ca.gost2004, at: at2004, status: 'good' },
  { name: 'keys/key_individual_valid_sign_2004.p12', cert: () => sameCaWithSerial(rsaSibling, '4279390A141F5353A62947B61ED65E81741467D1'), ca: ca.rsa, at: at2004, status: 'good' },
  { name: 'keys/key_individual_auth_revoked_2004.p12', cert: () => sameCaWithSerial(rsaSibling, '1AB11253653B2537F2EDD55F0F66281CA4FA3F98'), ca: ca.rsa, at: at2004, status: 'revoked' },
  { name: 'keys/key_individual_sign_revoked_2004.p12', cert: () => sameCaWithSerial(rsaSibling, '46757A2158A604189C40FB1FCDAB1143F83F32DB'), ca: ca.rsa, at: at2004, status: 'revoked' },
  { name: 'keys/key_ceo_sign_revoked_2004.p12', cert: () => sameCaWithSerial(gost2004Sibling, '12E3E7B9966D09EB9CDA64251457E815C2A8DDED'), ca: ca.gost2004, at: at2004, status: 'revoked' },
  { name: 'keys/key_individual_valid_2015.p12', cert: () => sameCaWithSerial(gost2015Sibling, '0FF06211DC82BEB00253FFA000F1DE84ABEF454F'), ca: ca.gost2015, at: at2015, status: 'good' },
  { name: 'keys/key_ceo_revoked_2015.p12', cert: () => sameCaWithSerial(gost2015Sibling, '3A90343E720594C55204B19CB9A402422EF0E622'), ca: ca.gost2015, at: at2015, status: 'revoked' },
] as const;

describe.skipIf(missing !== null)('revocation of the NCA test certificates by their CRLs (ACC-9)', () => {
  const crls = () => loadCrlDirectory(path.join(corpusDir, 'nca-test-pki', 'crl'));

  it.each(table)('$name: $status', async ({ cert, ca: issuer, at, status }) => {
    const result = await checkRevocation(cert(), load(issuer), { policy: 'crl', at, crls: crls() });
    expect(result).toMatchObject({ status, source: 'crl' });
    if (status === 'revoked' && result.status === 'revoked') expect(new Date(result.revokedAt!).getTime()).toBeLessThanOrEqual(at.getTime());
  });

  it('a certificateHold dated before the certificate itself still counts (the 2015 head’s certificate)', async () => {
    const result = await checkRevocation(table[8].cert(), load(ca.gost2015), { policy: 'crl', at: at2015, crls: crls() });
    expect(result).toMatchObject({ status: 'revoked', revokedAt: '2022-07-27T10:25:30.000Z', reason: 'certificateHold' });
  });

  it('a revocation after the moment judged leaves the certificate good then, on the record', async () => {
    const result = await checkRevocation(table[8].cert(), load(ca.gost2015), { policy: 'crl', at: new Date('2022-07-01T00:00:00Z'), crls: crls() });
    expect(result).toMatchObject({ status: 'good', revokedAt: '2022-07-27T10:25:30.000Z' });
  });

  it('finds the GOST CA’s CRL although the certificate’s CDP names the RSA CA’s file', async () => {
    const leaf = load(gost2004Sibling);
    expect(leaf.crlDistributionPoints[0]).toContain('nca_rsa_test.crl');
    const result = await checkRevocation(leaf, load(ca.gost2004), { policy: 'crl', at: at2004, crls: crls() });
    expect(result).toMatchObject({ status: 'good', source: 'crl' });
    // Fetched, the file its CDP names is the RSA CA's CRL: it must not be taken for the GOST CA's.
    const fetchRsaCrl: typeof fetch = async () => new Response(readCorpusDer('nca-test-pki/crl/nca_rsa_test.crl'));
    const fetched = await checkRevocation(leaf, load(ca.gost2004), { policy: 'crl', at: at2004, crls: loadCrlDirectory(null), fetch: fetchRsaCrl });
    expect(fetched).toMatchObject({ status: 'unavailable' });
  });

  it('is unavailable once the CRLs no longer speak for the moment judged', async () => {
    const result = await checkRevocation(load(rsaSibling), load(ca.rsa), { policy: 'crl', at: new Date('2022-12-01T00:00:00Z'), crls: crls() });
    expect(result.status).toBe('unavailable');
  });
});

// The real OCSP answers: which CA, which certificate (serial), what they say.
const answers = [
  { file: 'ocsp_response_individual_sign_2004.bin', ca: ca.rsa, sibling: rsaSibling, serial: '4279390A141F5353A62947B61ED65E81741467D1', status: 'good' },
  { file: 'ocsp_response_ceo_sign_2004_revoked.bin', ca: ca.gost2004, sibling: gost2004Sibling, serial: '12E3E7B9966D09EB9CDA64251457E815C2A8DDED', status: 'revoked' },
  { file: 'ocsp_response_ceo_2015_revoked.bin', ca: ca.gost2015, sibling: gost2015Sibling, serial: '3A90343E720594C55204B19CB9A402422EF0E622', status: 'revoked' },
  // NCA's responder answers "revoked, certificateHold, 1970-01-01" for this certificate the README
  // lists as good: RFC 6960 §2.2's way of saying it never issued it. Its CRL does not list it.
  { file: 'ocsp_response_individual_2015.bin', ca: ca.gost2015, sibling: gost2015Sibling, serial: '0FF06211DC82BEB00253FFA000F1DE84ABEF454F', status: 'unknown' },
] as const;

describe.skipIf(missing !== null)('the real NCA OCSP answers (ACC-9)', () => {
  const ocsp = (file: string) => readCorpusDer(`nca-test-pki/ocsp/${file}`);

  it.each(answers)('$file: signed by a responder the CA delegated, with a nonce and a SHA-256 CertID', ({ file, ca: issuer }) => {
    const response = parseOcspResponse(ocsp(file));
    expect(response.status).toBe('successful');
    if (response.status !== 'successful') return;
    const check = verifyOcspSignature(response.basic, load(issuer));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.signer.extendedKeyUsage).toContain('1.3.6.1.5.5.7.3.9');
    expect(response.basic.nonce).not.toBeNull();
    expect(response.basic.responses[0]!.certId.hashAlgorithm).toBe('2.16.840.1.101.3.4.2.1');
  });

  it.each(answers)('$file: says $status about its certificate', ({ file, ca: issuer, sibling, serial, status }) => {
    const basic = parseOcspResponse(ocsp(file));
    const now = basic.status === 'successful' ? basic.basic.producedAt : new Date();
    const answer = interpretOcspResponse(ocsp(file), sameCaWithSerial(sibling, serial), load(issuer), { nonce: null, now });
    expect(answer.status).toBe(status);
  });

  it('agrees with the CRLs on the revoked ones', () => {
    const revoked = answers.filter((a) => a.status === 'revoked').map((a) => a.serial);
    expect(revoked.every((serial) => table.some((row) => row.status === 'revoked' && row.cert().serialNumber === serial))).toBe(true);
  });

  it('is not about another certificate, not trusted for another CA, and not trusted once altered', () => {
    const { file, ca: issuer, sibling } = answers[1];
    const now = new Date('2022-09-02T17:00:00Z');
    expect(interpretOcspResponse(ocsp(file), load(sibling), load(issuer), { nonce: null, now })).toMatchObject({ status: 'unavailable', detail: expect.stringContaining('not about this certificate') });
    expect(interpretOcspResponse(ocsp(file), sameCaWithSerial(sibling, answers[1].serial), load(ca.rsa), { nonce: null, now }).status).toBe('unavailable');
    const altered = Uint8Array.from(ocsp(file));
    altered[altered.length - 700]! ^= 1;
    expect(interpretOcspResponse(altered, sameCaWithSerial(sibling, answers[1].serial), load(issuer), { nonce: null, now }).status).toBe('unavailable');
  });

  it('refuses a stored answer as a fresh one: its nonce is not ours', () => {
    const { file, ca: issuer, sibling, serial } = answers[0];
    const answer = interpretOcspResponse(ocsp(file), sameCaWithSerial(sibling, serial), load(issuer), { nonce: Uint8Array.of(4, 2, 1, 2), now: new Date('2022-09-02T17:00:00Z') });
    expect(answer).toMatchObject({ status: 'unavailable', detail: expect.stringContaining('nonce') });
  });
});
