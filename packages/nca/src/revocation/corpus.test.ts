import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPkcs12 } from '../pki/index.ts';
import { corpusDir, corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { type Certificate, parseCertificate } from '../x509/certificate.ts';
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
const files = [
  ...Object.values(ca),
  'nca-test-pki/crl',
  'nca-test-pki/keys',
  'nca-test-pki/ocsp',
  'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer',
  'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
  'nca-test-pki/gokalkan/gost1.cer',
];
const missing = files.map(corpusMissing).find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);

const load = (file: string) => parseCertificate(readCorpusDer(file));
/** The certificate inside one of the README's key containers. */
const fromContainer = (file: string, password: string): Certificate =>
  parseCertificate(readPkcs12(readCorpusDer(`nca-test-pki/keys/${file}`), password).certificate);
const rsaSibling = 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer';
const gost2004Sibling = 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer';

// The README table: certificate → CA, reference time, status.
const table = [
  {
    name: 'certs/individual_valid_sign_2004_rsa.cer',
    cert: () => load(rsaSibling),
    ca: ca.rsa,
    at: at2004,
    status: 'good',
  },
  {
    name: 'certs/individual_valid_sign_2004_rsa_auth.cer',
    cert: () => load('nca-test-pki/certs/individual_valid_sign_2004_rsa_auth.cer'),
    ca: ca.rsa,
    at: at2004,
    status: 'good',
  },
  {
    name: 'certs/ceo_valid_sign_2004_gost.cer',
    cert: () => load(gost2004Sibling),
    ca: ca.gost2004,
    at: at2004,
    status: 'good',
  },
  {
    name: 'keys/key_individual_valid_sign_2004.p12',
    cert: () => fromContainer('key_individual_valid_sign_2004.p12', 'Qwerty12'),
    ca: ca.rsa,
    at: at2004,
    status: 'good',
  },
  {
    name: 'keys/key_individual_auth_revoked_2004.p12',
    cert: () => fromContainer('key_individual_auth_revoked_2004.p12', 'Qwerty12'),
    ca: ca.rsa,
    at: at2004,
    status: 'revoked',
  },
  {
    name: 'keys/key_individual_sign_revoked_2004.p12',
    cert: () => fromContainer('key_individual_sign_revoked_2004.p12', 'Qwerty12'),
    ca: ca.rsa,
    at: at2004,
    status: 'revoked',
  },
  {
    name: 'keys/key_ceo_sign_revoked_2004.p12',
    cert: () => fromContainer('key_ceo_sign_revoked_2004.p12', 'Qwerty12'),
    ca: ca.gost2004,
    at: at2004,
    status: 'revoked',
  },
  {
    name: 'keys/key_individual_valid_2015.p12',
    cert: () => fromContainer('key_individual_valid_2015.p12', 'Aa123456'),
    ca: ca.gost2015,
    at: at2015,
    status: 'good',
  },
  {
    name: 'keys/key_ceo_revoked_2015.p12',
    cert: () => fromContainer('key_ceo_revoked_2015.p12', 'Aa123456'),
    ca: ca.gost2015,
    at: at2015,
    status: 'revoked',
  },
] as const;

describe.skipIf(missing !== null)('revocation of the NCA test certificates by their CRLs (ACC-9)', () => {
  const crls = () => loadCrlDirectory(path.join(corpusDir, 'nca-test-pki', 'crl'));

  it.each(table)('$name: $status', async ({ cert, ca: issuer, at, status }) => {
    const result = await checkRevocation(cert(), load(issuer), { policy: 'crl', at, crls: crls() });
    expect(result).toMatchObject({ status, source: 'crl' });
    if (status === 'revoked' && result.status === 'revoked')
      expect(new Date(result.revokedAt!).getTime()).toBeLessThanOrEqual(at.getTime());
  });

  it('a certificateHold dated before the certificate itself still counts (the 2015 head’s certificate)', async () => {
    const certificate = table[8].cert();
    const result = await checkRevocation(certificate, load(ca.gost2015), { policy: 'crl', at: at2015, crls: crls() });
    expect(result).toMatchObject({
      status: 'revoked',
      revokedAt: '2022-07-27T10:25:30.000Z',
      reason: 'certificateHold',
    });
    expect(new Date('2022-07-27T10:25:30Z').getTime()).toBeLessThan(certificate.notBefore.getTime());
  });

  it('a revocation after the moment judged leaves the certificate good then, on the record', async () => {
    const result = await checkRevocation(table[8].cert(), load(ca.gost2015), {
      policy: 'crl',
      at: new Date('2022-07-01T00:00:00Z'),
      crls: crls(),
    });
    expect(result).toMatchObject({ status: 'good', revokedAt: '2022-07-27T10:25:30.000Z' });
  });

  it('finds the GOST CA’s CRL although the certificate’s CDP names the RSA CA’s file', async () => {
    const leaf = load(gost2004Sibling);
    expect(leaf.crlDistributionPoints[0]).toContain('nca_rsa_test.crl');
    const result = await checkRevocation(leaf, load(ca.gost2004), { policy: 'crl', at: at2004, crls: crls() });
    expect(result).toMatchObject({ status: 'good', source: 'crl' });
    // Fetched, the file its CDP names is the RSA CA's CRL: it must not be taken for the GOST CA's.
    const fetchRsaCrl: typeof fetch = async () =>
      new Response(new Uint8Array(readCorpusDer('nca-test-pki/crl/nca_rsa_test.crl')));
    const fetched = await checkRevocation(leaf, load(ca.gost2004), {
      policy: 'crl',
      at: at2004,
      crls: loadCrlDirectory(null),
      fetch: fetchRsaCrl,
    });
    expect(fetched).toMatchObject({ status: 'unavailable' });
  });

  it('is unavailable once the CRLs no longer speak for the moment judged', async () => {
    const result = await checkRevocation(load(rsaSibling), load(ca.rsa), {
      policy: 'crl',
      at: new Date('2022-12-01T00:00:00Z'),
      crls: crls(),
    });
    expect(result.status).toBe('unavailable');
  });
});

// The real OCSP answers: which CA, which certificate (serial), what they say.
const answers = [
  {
    file: 'ocsp_response_individual_sign_2004.bin',
    ca: ca.rsa,
    cert: () => fromContainer('key_individual_valid_sign_2004.p12', 'Qwerty12'),
    status: 'good',
  },
  {
    file: 'ocsp_response_ceo_sign_2004_revoked.bin',
    ca: ca.gost2004,
    cert: () => fromContainer('key_ceo_sign_revoked_2004.p12', 'Qwerty12'),
    status: 'revoked',
  },
  {
    file: 'ocsp_response_ceo_2015_revoked.bin',
    ca: ca.gost2015,
    cert: () => fromContainer('key_ceo_revoked_2015.p12', 'Aa123456'),
    status: 'revoked',
  },
  // NCA's responder answers "revoked, certificateHold, 1970-01-01" for this certificate the README
  // lists as good: RFC 6960 §2.2's way of saying it never issued it. Its CRL does not list it.
  {
    file: 'ocsp_response_individual_2015.bin',
    ca: ca.gost2015,
    cert: () => fromContainer('key_individual_valid_2015.p12', 'Aa123456'),
    status: 'unknown',
  },
] as const;

describe.skipIf(missing !== null)('the real NCA OCSP answers (ACC-9)', () => {
  const ocsp = (file: string) => readCorpusDer(`nca-test-pki/ocsp/${file}`);

  it.each(answers)(
    '$file: signed by a responder the CA delegated, with a nonce and a SHA-256 CertID',
    ({ file, ca: issuer }) => {
      const response = parseOcspResponse(ocsp(file));
      expect(response.status).toBe('successful');
      if (response.status !== 'successful') return;
      const check = verifyOcspSignature(response.basic, load(issuer));
      expect(check.ok).toBe(true);
      if (check.ok) expect(check.signer.extendedKeyUsage).toContain('1.3.6.1.5.5.7.3.9');
      expect(response.basic.nonce).not.toBeNull();
      expect(response.basic.responses[0]!.certId.hashAlgorithm).toBe('2.16.840.1.101.3.4.2.1');
    },
  );

  it.each(answers)('$file: says $status about its certificate', ({ file, ca: issuer, cert, status }) => {
    const basic = parseOcspResponse(ocsp(file));
    const now = basic.status === 'successful' ? basic.basic.producedAt : new Date();
    const answer = interpretOcspResponse(ocsp(file), cert(), load(issuer), { nonce: null, now });
    expect(answer.status).toBe(status);
  });

  it('agrees with the CRLs on the revoked ones', () => {
    const revoked = answers.filter((a) => a.status === 'revoked').map((a) => a.cert().serialNumber);
    expect(
      revoked.every((serial) => table.some((row) => row.status === 'revoked' && row.cert().serialNumber === serial)),
    ).toBe(true);
  });

  it('is not about another certificate, not trusted for another CA, and not trusted once altered', () => {
    const { file, ca: issuer, cert } = answers[1];
    const now = new Date('2022-09-02T17:00:00Z');
    expect(interpretOcspResponse(ocsp(file), load(gost2004Sibling), load(issuer), { nonce: null, now })).toMatchObject({
      status: 'unavailable',
      detail: expect.stringContaining('not about this certificate'),
    });
    expect(interpretOcspResponse(ocsp(file), cert(), load(ca.rsa), { nonce: null, now }).status).toBe('unavailable');
    // Flip a bit of producedAt's seconds, inside what the responder signed.
    const altered = Uint8Array.from(ocsp(file));
    const at = Buffer.from(altered).indexOf('20220902165704Z', 0, 'latin1');
    altered[at + 13]! ^= 1;
    expect(interpretOcspResponse(altered, cert(), load(issuer), { nonce: null, now })).toMatchObject({
      status: 'unavailable',
      detail: expect.stringContaining('not trusted'),
    });
  });

  it('refuses a stored answer as a fresh one: its nonce is not ours', () => {
    const { file, ca: issuer, cert } = answers[0];
    const answer = interpretOcspResponse(ocsp(file), cert(), load(issuer), {
      nonce: Uint8Array.of(4, 2, 1, 2),
      now: new Date('2022-09-02T17:00:00Z'),
    });
    expect(answer).toMatchObject({ status: 'unavailable', detail: expect.stringContaining('nonce') });
  });
});
