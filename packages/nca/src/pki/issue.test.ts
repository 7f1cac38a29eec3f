import { describe, expect, it } from 'vitest';
import { parseIinBin } from '../iin-bin.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { checkCertificateSignature, checkSignature } from '../x509/certificate-signature.ts';
import { parseCrl } from '../x509/crl.ts';
import { ncaProfile } from '../x509/nca-profile.ts';
import { type KeyAlgorithm, keyAlgorithms } from './algorithms.ts';
import { issueCertificate, issueCrl } from './issue.ts';
import { certificatePublicKey, generateKeyPair } from './keys.ts';
import { validBin, validIin } from './test-identities.ts';

const day = 86_400_000;
const now = new Date('2026-03-01T00:00:00Z');
const later = new Date(now.getTime() + 365 * day);

async function hierarchy(family: KeyAlgorithm) {
  const rootKey = await generateKeyPair(family);
  const root = issueCertificate({
    subject: { commonName: `SHEKARA TEST ROOT (${family})` },
    issuerKey: rootKey,
    notBefore: now,
    notAfter: later,
    ca: {},
  });
  const caKey = await generateKeyPair(family);
  const ca = issueCertificate({
    subject: { commonName: `SHEKARA TEST CA (${family})` },
    subjectKey: caKey,
    issuerKey: rootKey,
    issuerCertificate: root,
    notBefore: now,
    notAfter: later,
    ca: { pathLength: 0 },
  });
  return { rootKey, root, caKey, ca };
}

describe.each(keyAlgorithms)('%s: certificates shaped like NCA RK’s (REG-4, ACC-6)', (family) => {
  it('a root, an issuing CA and an employee’s signing certificate verify along the chain and pass the NCA profile', async () => {
    const { root, ca, caKey } = await hierarchy(family);
    const holderKey = await generateKeyPair(family);
    const iin = validIin('1985-01-15', 3, 12);
    const bin = validBin('2015-04', 17);
    expect(parseIinBin(iin).valid && parseIinBin(bin).valid).toBe(true);
    const der = issueCertificate({
      subject: {
        commonName: 'ТЕСТОВ ТЕСТ',
        surname: 'ТЕСТОВ',
        givenName: 'ТЕСТОВИЧ',
        iin,
        organization: 'АО "ТЕСТ"',
        bin,
      },
      subjectKey: holderKey,
      issuerKey: caKey,
      issuerCertificate: ca,
      notBefore: now,
      notAfter: later,
      keyPurpose: 'sign',
      roles: ['legal_entity', 'head'],
      crlUrls: ['http://test.example/crl/ca.crl'],
      ocspUrl: 'http://test.example/ocsp',
      caIssuersUrl: 'http://test.example/ca.cer',
      policies: ['1.2.398.3.3.2.3'],
    });
    const [rootCertificate, caCertificate, certificate] = [root, ca, der].map(parseCertificate);
    expect(checkCertificateSignature(rootCertificate!, rootCertificate!)).toBe('valid');
    expect(checkCertificateSignature(caCertificate!, rootCertificate!)).toBe('valid');
    expect(checkCertificateSignature(certificate!, caCertificate!)).toBe('valid');
    expect(checkCertificateSignature(certificate!, rootCertificate!)).toBe('invalid');
    expect(certificate!.publicKey).toEqual(certificatePublicKey(holderKey));
    expect(certificate!.issuer).toEqual(caCertificate!.subject);

    const profile = ncaProfile(certificate!, { acceptTestIdentifiers: false });
    expect(profile).toMatchObject({
      ok: true,
      signer: {
        iin,
        bin,
        commonName: 'ТЕСТОВ ТЕСТ',
        surname: 'ТЕСТОВ',
        organization: 'АО "ТЕСТ"',
        roles: ['legal_entity', 'head'],
        keyPurpose: 'sign',
        algorithm: family,
      },
    });
  });

  it('an individual’s authentication certificate carries clientAuth and the individual role', async () => {
    const { ca, caKey } = await hierarchy(family);
    const holderKey = await generateKeyPair(family);
    const certificate = parseCertificate(
      issueCertificate({
        subject: { commonName: 'ИВАНОВ ИВАН', surname: 'ИВАНОВ', iin: validIin('1990-07-02', 3, 1) },
        subjectKey: holderKey,
        issuerKey: caKey,
        issuerCertificate: ca,
        serialNumber: '1A2B3C',
        notBefore: now,
        notAfter: later,
        keyPurpose: 'auth',
        roles: ['individual'],
      }),
    );
    expect(certificate.serialNumber).toBe('1A2B3C');
    expect(certificate.extendedKeyUsage).toEqual(['1.3.6.1.5.5.7.3.2', '1.2.398.3.3.4.1.1']);
    expect(ncaProfile(certificate, { acceptTestIdentifiers: false })).toMatchObject({
      ok: true,
      signer: { keyPurpose: 'auth', roles: ['individual'] },
    });
  });

  it('a CRL lists revoked serials with reasons and verifies with the CA certificate', async () => {
    const { ca, caKey } = await hierarchy(family);
    const der = issueCrl({
      issuerKey: caKey,
      issuerCertificate: ca,
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + 7 * day),
      crlNumber: 5n,
      revoked: [
        { serialNumber: '0ABC', revokedAt: now, reason: 'keyCompromise' },
        { serialNumber: '7F00FF', revokedAt: now, reason: 'certificateHold' },
        { serialNumber: '01', revokedAt: now },
      ],
    });
    const crl = parseCrl(der);
    const issuer = parseCertificate(ca);
    expect(checkSignature(crl.signatureAlgorithm, crl.tbs, crl.signature, issuer)).toBe('valid');
    expect(crl.issuer).toEqual(issuer.subject);
    expect(crl.thisUpdate).toEqual(now);
    expect(crl.nextUpdate).toEqual(new Date(now.getTime() + 7 * day));
    expect(crl.revoked.get('0ABC')).toEqual({ revokedAt: now, reason: 'keyCompromise' });
    expect(crl.revoked.get('7F00FF')?.reason).toBe('certificateHold');
    expect(crl.revoked.get('01')?.reason).toBeNull();
  });
});

describe('issuing across families and refusing nonsense', () => {
  it('an RSA CA may certify a GOST 2015 key, and a GOST 2004 CA an RSA key', async () => {
    const rsa = await hierarchy('RSA');
    const gost = await hierarchy('GOST2004');
    const gost2015Key = await generateKeyPair('GOST2015-512');
    const rsaKey = await generateKeyPair('RSA');
    const base = { notBefore: now, notAfter: later, keyPurpose: 'sign' as const, roles: ['individual' as const] };
    const a = parseCertificate(
      issueCertificate({
        ...base,
        subject: { commonName: 'A', iin: validIin('2001-02-03', 5, 7) },
        subjectKey: gost2015Key,
        issuerKey: rsa.caKey,
        issuerCertificate: rsa.ca,
      }),
    );
    const b = parseCertificate(
      issueCertificate({
        ...base,
        subject: { commonName: 'B', iin: validIin('2001-02-03', 6, 8) },
        subjectKey: rsaKey,
        issuerKey: gost.caKey,
        issuerCertificate: gost.ca,
      }),
    );
    expect(a.publicKeyAlgorithm).toBe('1.2.398.3.10.1.1.2.2');
    expect(checkCertificateSignature(a, parseCertificate(rsa.ca))).toBe('valid');
    expect(b.signatureAlgorithm).toBe('1.2.398.3.10.1.1.1.2');
    expect(checkCertificateSignature(b, parseCertificate(gost.ca))).toBe('valid');
  });

  it('rejects bad validity, bad identifiers and a self-signed certificate of a foreign key', async () => {
    const key = await generateKeyPair('GOST2004');
    const other = await generateKeyPair('GOST2004');
    expect(() =>
      issueCertificate({ subject: { commonName: 'X' }, issuerKey: key, notBefore: later, notAfter: now }),
    ).toThrow(RangeError);
    expect(() =>
      issueCertificate({ subject: { commonName: 'X', iin: '123' }, issuerKey: key, notBefore: now, notAfter: later }),
    ).toThrow(RangeError);
    expect(() =>
      issueCertificate({
        subject: { commonName: 'X' },
        subjectKey: other,
        issuerKey: key,
        notBefore: now,
        notAfter: later,
      }),
    ).toThrow(RangeError);
    expect(() =>
      issueCertificate({
        subject: { commonName: 'X' },
        issuerKey: key,
        serialNumber: 'xyz',
        notBefore: now,
        notAfter: later,
      }),
    ).toThrow(RangeError);
  });
});
