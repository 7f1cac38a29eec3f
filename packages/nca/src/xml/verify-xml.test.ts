import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { children, readDer } from '../asn1/der.ts';
import { streebog512 } from '../gost/digests.ts';
import { corpusDir, corpusMissing } from '../testing/corpus.ts';
import { checkSignature } from '../x509/certificate-signature.ts';
import { dsNamespace } from './algorithms.ts';
import { canonicalBytes } from './c14n.ts';
import { parseXml } from './parse.ts';
import { checkXml, type XmlCheck } from './verify-xml.ts';

// ACC-9 / REG-4: declarations arrive signed by NCALayer; these are real files it made.
const files = { b: 'nca-test-pki/xades/xades-test-signed-b.xml', t: 'nca-test-pki/xades/xades-test-signed-t.xml' };
const missing = corpusMissing(files.b) ?? corpusMissing(files.t);
if (missing) console.warn(`skipped: ${missing}`);
const read = (file: string) => fs.readFileSync(path.join(corpusDir, file), 'utf8');

/** checkXml refuses this copy of a signed document with `code`. */
const expectRefused = (xml: string, code: string) => expect(checkXml(xml)).toMatchObject({ ok: false, code });

const okSigners = (result: XmlCheck) => {
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result.signers;
};

describe.skipIf(missing !== null)('real NCALayer XAdES signatures (GOST 34.10-2015 512)', () => {
  it('XAdES-B verifies: signer, algorithm and signing time', () => {
    const [signer, ...others] = okSigners(checkXml(read(files.b)));
    expect(others).toHaveLength(0);
    expect(signer!.signatureAlgorithm).toBe('1.2.398.3.10.1.1.2.3.2');
    expect(signer!.certificate.subject.find((a) => a.oid === '2.5.4.5')?.value).toBe('IIN123456789011');
    expect(signer!.certificates).toHaveLength(1);
    expect(signer!.signingTime?.toISOString()).toBe('2026-09-02T10:04:52.000Z');
    expect(signer!.timestampToken).toBeUndefined();
  });

  it('XAdES-T verifies and hands over the time-stamp token and the bytes its imprint covers', () => {
    const [signer] = okSigners(checkXml(read(files.t)));
    expect(signer!.signingTime?.toISOString()).toBe('2026-09-02T10:05:13.000Z');
    const token = signer!.timestampToken!;
    const imprintData = signer!.timestampImprintData!;
    expect(new TextDecoder().decode(imprintData)).toMatch(
      /^<ds:SignatureValue xmlns:ds="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">R1DI/,
    );
    // ContentInfo → SignedData → encapContentInfo → TSTInfo → messageImprint.hashedMessage
    const signedData = children(children(readDer(token))[1]!)[0]!;
    const encapsulated = children(signedData)[2]!;
    const tstInfo = readDer(children(children(encapsulated)[1]!)[0]!.value);
    const hashedMessage = children(children(tstInfo)[2]!)[1]!.value;
    expect(Buffer.from(streebog512(imprintData)).equals(Buffer.from(hashedMessage))).toBe(true);
  });

  it('the GOST SignatureValue is r‖s, each little-endian, as NCA writes everywhere (not the RFC 4491 order)', () => {
    const document = parseXml(read(files.b));
    const signedInfo = document.getElementsByTagNameNS(dsNamespace, 'SignedInfo').item(0)!;
    const value = new Uint8Array(
      Buffer.from(document.getElementsByTagNameNS(dsNamespace, 'SignatureValue').item(0)!.textContent!, 'base64'),
    );
    const [signer] = okSigners(checkXml(read(files.b)));
    const signed = canonicalBytes(signedInfo, { exclusive: true, withComments: false });
    expect(value).toHaveLength(128);
    expect(checkSignature('1.2.398.3.10.1.1.2.3.2', signed, value, signer!.certificate)).toBe('valid');
    const reversed = Uint8Array.from(value).reverse(); // s‖r big-endian
    expect(checkSignature('1.2.398.3.10.1.1.2.3.2', signed, reversed, signer!.certificate)).toBe('invalid');
  });

  it('one changed byte of the signed content: SIG_CONTENT_MISMATCH', () => {
    for (const [from, to] of [
      ['conformance', 'conformancE'],
      ['2026-09-02</createdDate>', '2026-09-03</createdDate>'],
      ['Id="doc-1"', 'Id="doc-2"'],
      ['<xades:SigningTime>2026-09-02T10:04:52Z', '<xades:SigningTime>2026-09-02T10:04:53Z'],
    ] as const) {
      expectRefused(read(files.b).replace(from, to), 'SIG_CONTENT_MISMATCH');
    }
  });

  it('a changed SignedInfo or SignatureValue: SIG_BAD_SIGNATURE', () => {
    const xml = read(files.b);
    expectRefused(xml.replace('<ds:DigestValue>dCn9', '<ds:DigestValue>dCn8'), 'SIG_BAD_SIGNATURE');
    expectRefused(xml.replace('<ds:SignatureValue>VbFM', '<ds:SignatureValue>VbFN'), 'SIG_BAD_SIGNATURE');
  });

  it('unknown algorithms: SIG_UNSUPPORTED_ALGORITHM', () => {
    const xml = read(files.b);
    expectRefused(
      xml.replace('gostr34102015-gostr34112015-512', 'gostr34102015-gostr34112015-1024'),
      'SIG_UNSUPPORTED_ALGORITHM',
    );
    expectRefused(
      xml.replace(
        '<ds:DigestMethod Algorithm="urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512"/>',
        '<ds:DigestMethod Algorithm="urn:x:md5"/>',
      ),
      'SIG_UNSUPPORTED_ALGORITHM',
    );
    expectRefused(
      xml.replace(
        '<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>',
        '<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xslt-19991116"/>',
      ),
      'SIG_UNSUPPORTED_ALGORITHM',
    );
  });

  it('references that leave the document, are ambiguous or do not cover the document: SIG_MALFORMED', () => {
    const xml = read(files.b);
    const signedProps = /URI="(#[^"]+)"/.exec(xml)![1]!;
    expectRefused(xml.replace('URI=""', 'URI="http://example.org/doc.xml"'), 'SIG_MALFORMED');
    expectRefused(xml.replace('URI=""', 'URI="file:///etc/passwd"'), 'SIG_MALFORMED');
    expectRefused(xml.replace('URI=""', 'URI="#nowhere"'), 'SIG_MALFORMED');
    expectRefused(xml.replace('URI=""', 'URI="#xpointer(/)"'), 'SIG_UNSUPPORTED_ALGORITHM');
    // Signature wrapping: a second element carrying the SignedProperties Id.
    const wrapped = xml.replace('<name>', `<name><extra Id="${signedProps.slice(1)}"/>`);
    expect(checkXml(wrapped)).toMatchObject({
      ok: false,
      code: 'SIG_MALFORMED',
      detail: expect.stringMatching(/matches 2 elements/),
    });
    // A signature whose only reference is its own properties says nothing about the document.
    const onlyProperties = xml.replace(/<ds:Reference Id="[^"]+-ref0" URI="">.*?<\/ds:Reference>/, '');
    expect(checkXml(onlyProperties)).toMatchObject({
      ok: false,
      code: 'SIG_MALFORMED',
      detail: expect.stringMatching(/covers the whole document/),
    });
  });
});

describe('hostile and broken input: SIG_MALFORMED, never an exception', () => {
  const malformed = { ok: false, code: 'SIG_MALFORMED' };

  it('refuses DTDs: external entities (XXE) and entity expansion (billion laughs)', () => {
    expect(
      checkXml('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'),
    ).toMatchObject(malformed);
    const laughs = [
      '<!DOCTYPE lolz [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']><lolz>&lol9;</lolz>',
    ].join('');
    expect(checkXml(laughs)).toMatchObject(malformed);
    expect(checkXml('<!doctype r><r/>')).toMatchObject(malformed);
    expect(checkXml('<r>&unknown;</r>')).toMatchObject(malformed);
  });

  it('refuses oversized, empty, non-XML and unsigned input', () => {
    expect(checkXml(`<r>${'x'.repeat(10 * 1024 * 1024)}</r>`)).toMatchObject({
      ...malformed,
      detail: expect.stringMatching(/longer than/),
    });
    for (const input of [
      '',
      'not xml',
      '<r>',
      '<a/><b/>',
      '<r/>',
      '<r><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/></r>',
    ]) {
      expect(checkXml(input)).toMatchObject(malformed);
    }
    expect(checkXml(null as unknown as string)).toMatchObject(malformed);
  });

  it('bounds the number of signatures', () => {
    const signature = '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/>';
    expect(checkXml(`<r>${signature.repeat(17)}</r>`)).toMatchObject({
      ...malformed,
      detail: expect.stringMatching(/more than 16 signatures/),
    });
  });

  it('bounds the number of references', () => {
    const reference =
      '<ds:Reference URI=""><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>';
    const xml = `<r><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>${reference.repeat(9)}</ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature></r>`;
    expect(checkXml(xml)).toMatchObject({ ...malformed, detail: expect.stringMatching(/more than 8 references/) });
  });

  it('survives absurd nesting', () => {
    const depth = 100_000;
    const result = checkXml(`${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`);
    expect(result.ok).toBe(false);
  });

  it('bad base64 and bad certificates', () => {
    const shell = (certificate: string, value = 'AAAA') =>
      `<r><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI=""><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>${value}</ds:SignatureValue><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature></r>`;
    expect(checkXml(shell('MIIB'))).toMatchObject(malformed);
    expect(checkXml(shell('!!!!'))).toMatchObject(malformed);
    expect(checkXml(shell('AAAA', '*'))).toMatchObject(malformed);
  });
});
