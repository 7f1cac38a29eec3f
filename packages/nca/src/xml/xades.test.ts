import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusMissing } from '../testing/corpus.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { dsNamespace, xadesNamespace } from './algorithms.ts';
import { XmlCheckFailure } from './failure.ts';
import { parseXml } from './parse.ts';
import { makeRsaSigner } from './test-signers.ts';
import { readXades } from './xades.ts';

const file = 'nca-test-pki/xades/xades-test-signed-b.xml';
const missing = corpusMissing(file);
if (missing) console.warn(`skipped: ${missing}`);

describe.skipIf(missing !== null)('XAdES properties of a real NCALayer signature', () => {
  const load = () => {
    const document = parseXml(fs.readFileSync(path.join(corpusDir, file), 'utf8'));
    const signature = document.getElementsByTagNameNS(dsNamespace, 'Signature').item(0)!;
    const signatureValue = document.getElementsByTagNameNS(dsNamespace, 'SignatureValue').item(0)!;
    const signedProperties = document.getElementsByTagNameNS(xadesNamespace, 'SignedProperties').item(0)!;
    const certificate = parseCertificate(
      new Uint8Array(
        Buffer.from(document.getElementsByTagNameNS(dsNamespace, 'X509Certificate').item(0)!.textContent!, 'base64'),
      ),
    );
    return { signature, signatureValue, signedProperties, certificate };
  };

  it('reads SigningTime from signed properties that a Reference covered', () => {
    const { signature, signatureValue, signedProperties, certificate } = load();
    expect(
      readXades(signature, signatureValue, new Set([signedProperties]), certificate).signingTime?.toISOString(),
    ).toBe('2026-09-02T10:04:52.000Z');
  });

  it('ignores properties no Reference covered: an unsigned SigningTime claims nothing', () => {
    const { signature, signatureValue, certificate } = load();
    expect(readXades(signature, signatureValue, new Set(), certificate).signingTime).toBeUndefined();
  });

  it('SigningCertificateV2 binds the signature to the KeyInfo certificate (its Streebog digest); another certificate is refused', () => {
    const { signature, signatureValue, signedProperties } = load();
    const other = parseCertificate(makeRsaSigner().certificate);
    let failure: unknown;
    try {
      readXades(signature, signatureValue, new Set([signedProperties]), other);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(XmlCheckFailure);
    expect(failure).toMatchObject({ code: 'SIG_BAD_SIGNATURE' });
  });
});
