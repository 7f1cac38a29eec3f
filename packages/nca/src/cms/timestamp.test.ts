import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  algorithm,
  generalizedTime,
  integer,
  objectId,
  octetString,
  sequence,
  utf8String,
} from '../asn1/der-writer.ts';
import { corpusDir, corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { attribute, buildSignedData } from './create-cms.ts';
import { oid } from './oids.ts';
import { parseSignedData } from './signed-data.ts';
import { cmsBy, signedDataBy } from './testing/signed-by.ts';
import { makeTestSigner, type TestSigner } from './testing/test-signers.ts';
import { checkTimestampToken, parseTimeStampResponse } from './timestamp.ts';
import { checkCms } from './verify-cms.ts';

const tokenFile = 'nca-test-pki/tsp/tsp_token.bin';
const responseFile = 'nca-test-pki/tsp/tsp_response.bin';
const xadesFile = 'nca-test-pki/xades/xades-test-signed-t.xml';
// The NCA test TSA token was requested by NCANode's tests over these four bytes (SHA-1 imprint).
const cafebabe = Uint8Array.of(0xca, 0xfe, 0xba, 0xbe);

describe('real NCA time-stamp tokens (RFC 3161)', () => {
  const missing = corpusMissing(tokenFile) ?? corpusMissing(responseFile);
  if (missing) console.warn(`skipped: ${missing}`);

  it.skipIf(missing !== null)('verifies the test TSA token (GOST 34.310-2004) over CA FE BA BE', () => {
    const result = checkTimestampToken(readCorpusDer(tokenFile), cafebabe);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.info).toMatchObject({
      genTime: new Date('2022-09-18T13:20:14Z'),
      policy: '1.2.398.3.3.2.6.1',
      serialNumber: '5E846DD75D861154DB10F13C54DC1F8D33FE6ADC',
      hashAlgorithm: oid.sha1,
      nonce: (1663507112663).toString(16).toUpperCase().padStart(12, '0'),
    });
    expect(result.info.tsaCertificate.publicKeyAlgorithm).toBe(oid.gost2004Key);
    expect(result.info.tsaCertificate.extendedKeyUsage).toContain(oid.timeStamping);
    expect(result.info.certificates).toHaveLength(1);
  });

  it.skipIf(missing !== null)('accepts the TimeStampResp around it, whose token is the same bytes', () => {
    const response = readCorpusDer(responseFile);
    const parsed = parseTimeStampResponse(response);
    expect(parsed.status).toBe(0);
    expect(Buffer.from(parsed.token!).equals(Buffer.from(readCorpusDer(tokenFile)))).toBe(true);
    expect(checkTimestampToken(response, cafebabe).ok).toBe(true);
  });

  it.skipIf(missing !== null)('refuses other data, a changed TSTInfo and a changed signature', () => {
    const token = readCorpusDer(tokenFile);
    expect(checkTimestampToken(token, Uint8Array.of(0xca, 0xfe, 0xba, 0xbf))).toMatchObject({
      ok: false,
      code: 'SIG_CONTENT_MISMATCH',
    });
    const genTime = Buffer.from(token).indexOf(Buffer.from('20220918132014Z', 'latin1'));
    const changedTime = Uint8Array.from(token);
    changedTime[genTime + 3]! ^= 1;
    expect(checkTimestampToken(changedTime, cafebabe)).toMatchObject({ ok: false, code: 'SIG_CONTENT_MISMATCH' });
    const changedSignature = Uint8Array.from(token);
    changedSignature[token.length - 10]! ^= 1;
    expect(checkTimestampToken(changedSignature, cafebabe)).toMatchObject({ ok: false, code: 'SIG_BAD_SIGNATURE' });
  });

  it.skipIf(missing !== null)('answers bit flips anywhere in the token with a failure code, never an exception', () => {
    const token = readCorpusDer(tokenFile);
    for (let offset = 0; offset < token.length; offset += 3) {
      const copy = Uint8Array.from(token);
      copy[offset]! ^= 1 << (offset % 8);
      const result = checkTimestampToken(copy, cafebabe);
      if (!result.ok)
        expect(['SIG_MALFORMED', 'SIG_CONTENT_MISMATCH', 'SIG_BAD_SIGNATURE', 'SIG_UNSUPPORTED_ALGORITHM']).toContain(
          result.code,
        );
    }
  });

  it.skipIf(missing !== null)('reads the token as a plain CMS too: a TSTInfo signed with GOST 34.311 digests', () => {
    const token = readCorpusDer(tokenFile);
    const result = checkCms(token);
    expect(result.ok && result.contentType).toBe(oid.tstInfo);
    expect(result.ok && [result.signers[0]!.digestAlgorithm, result.signers[0]!.signatureAlgorithm]).toEqual([
      oid.gost34311,
      oid.gost2004Signature,
    ]);
    expect(result.ok && result.signers[0]!.signingTime).toEqual(new Date('2022-09-18T13:20:14Z'));
    // Kalkan's signed attributes, in DER order; createCms writes the same set.
    expect(parseSignedData(token).signers[0]!.signedAttributes!.all.map((a) => a.type)).toEqual([
      oid.contentType,
      oid.signingTime,
      oid.signingCertificate,
      oid.messageDigest,
    ]);
  });
});

describe('real XAdES-T time-stamp from the production NCA TSA (GOST 34.10-2015-512)', () => {
  const missing = corpusMissing(xadesFile);
  if (missing) console.warn(`skipped: ${missing}`);

  it.skipIf(missing !== null)(
    'verifies it over the exclusive-canonical ds:SignatureValue (Streebog-512 imprint)',
    () => {
      const xml = fs.readFileSync(path.join(corpusDir, xadesFile), 'utf8');
      const token = Buffer.from(/EncapsulatedTimeStamp[^>]*>([^<]+)</.exec(xml)![1]!.replace(/\s+/g, ''), 'base64');
      const signatureValue = /<ds:SignatureValue>([^<]+)<\/ds:SignatureValue>/.exec(xml)![1]!;
      // exc-c14n of the element alone: it has no attributes, so only the ds namespace is added.
      const canonical = `<ds:SignatureValue xmlns:ds="http://www.w3.org/2000/09/xmldsig#">${signatureValue}</ds:SignatureValue>`;
      const result = checkTimestampToken(new Uint8Array(token), new TextEncoder().encode(canonical));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.info).toMatchObject({
        genTime: new Date('2026-09-02T10:05:14Z'),
        policy: '1.2.398.3.3.2.6.4',
        hashAlgorithm: oid.streebog512,
      });
      expect(result.info.tsaCertificate.publicKeyAlgorithm).toBe(oid.gost2015Key512);
      expect(checkTimestampToken(new Uint8Array(token), new TextEncoder().encode(signatureValue))).toMatchObject({
        ok: false,
        code: 'SIG_CONTENT_MISMATCH',
      });
    },
  );
});

const content = new TextEncoder().encode('declaration');

/** A TSTInfo over `imprintData` (SHA-256), signed by `tsa` as a time-stamp token. */
function makeToken(tsa: TestSigner, imprintData: Uint8Array, genTime: Date): Uint8Array {
  const tstInfo = sequence(
    integer(1),
    objectId('1.2.398.3.3.2.6.4'),
    sequence(algorithm(oid.sha256), octetString(new Uint8Array(createHash('sha256').update(imprintData).digest()))),
    integer(0x1234),
    generalizedTime(genTime),
    integer(42),
  );
  return buildSignedData({
    content: tstInfo,
    detached: false,
    contentType: oid.tstInfo,
    certificate: tsa.certificate,
    sign: tsa.sign,
    signingTime: genTime,
    digestAlgorithm: oid.sha256,
    signatureAlgorithm: algorithm(oid.sha256WithRsa),
  });
}

describe('CAdES-T: a signer with a signatureTimeStampToken (ACC-9: filing)', () => {
  const signer = makeTestSigner('RSA', { commonName: 'signer' });
  const tsa = makeTestSigner('RSA', { commonName: 'TSA', serial: 7n, extendedKeyUsage: [oid.timeStamping] });
  const genTime = new Date('2026-11-22T10:00:05Z');

  /** The same CMS again with unsigned time-stamp tokens (RSA PKCS#1 v1.5 is deterministic, so the signature is unchanged). */
  function withTokens(tokenFor: (signature: Uint8Array) => Uint8Array[]): Uint8Array {
    const base = { digestAlgorithm: oid.sha256, signatureAlgorithm: algorithm(oid.sha256WithRsa) };
    const signature = parseSignedData(signedDataBy(signer, content, base)).signers[0]!.signature;
    return signedDataBy(signer, content, {
      ...base,
      unsignedAttributes: tokenFor(signature).map((token) => attribute(oid.signatureTimeStampToken, token)),
    });
  }

  it('verifies the token over the signature value and reports its time', () => {
    const cms = withTokens((signature) => [makeToken(tsa, signature, genTime)]);
    const result = checkCms(cms);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.signers[0]!.timestamp).toMatchObject({
      genTime,
      serialNumber: '1234',
      nonce: '2A',
      hashAlgorithm: oid.sha256,
    });
    expect(result.signers[0]!.timestamp!.tsaCertificate.serialNumber).toBe('07');
  });

  it('refuses a token over something else, and one signed without the timeStamping key usage', () => {
    const elsewhere = checkCms(withTokens(() => [makeToken(tsa, content, genTime)]));
    expect(elsewhere).toMatchObject({
      ok: false,
      code: 'SIG_CONTENT_MISMATCH',
      detail: expect.stringMatching(/^signature time-stamp: .*messageImprint/),
    });
    const plain = makeTestSigner('RSA', { commonName: 'not a TSA' });
    const wrongKey = checkCms(withTokens((signature) => [makeToken(plain, signature, genTime)]));
    expect(wrongKey).toMatchObject({
      ok: false,
      code: 'SIG_BAD_SIGNATURE',
      detail: expect.stringMatching(/timeStamping/),
    });
  });

  it('reports the earliest of several valid tokens', () => {
    const earlier = new Date('2026-11-22T10:00:01Z');
    const result = checkCms(
      withTokens((signature) => [makeToken(tsa, signature, genTime), makeToken(tsa, signature, earlier)]),
    );
    expect(result.ok && result.signers[0]!.timestamp!.genTime).toEqual(earlier);
  });

  it('refuses a TimeStampResp whose request was rejected', () => {
    const rejection = sequence(sequence(integer(2), sequence(utf8String('bad request'))));
    expect(checkTimestampToken(rejection, content)).toMatchObject({
      ok: false,
      code: 'SIG_MALFORMED',
      detail: expect.stringMatching(/status 2: bad request/),
    });
  });

  it('refuses a token whose content is not a TSTInfo', () => {
    const cms = cmsBy(tsa, 'RSA', content);
    expect(checkTimestampToken(cms, content)).toMatchObject({
      ok: false,
      code: 'SIG_MALFORMED',
      detail: expect.stringMatching(/not TSTInfo/),
    });
  });
});
