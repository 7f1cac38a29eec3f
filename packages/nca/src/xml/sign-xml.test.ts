import { describe, expect, it } from 'vitest';
import { defaultXmlLimits } from './limits.ts';
import { signXml } from './sign-xml.ts';
import { makeGostSigner, makeRsaSigner } from './test-signers.ts';
import { checkXml } from './verify-xml.ts';

// ACC-9: Shekara signs the documents it issues (receipts, notices) the way NCALayer signs
// declarations, so that one verifier, ours or anyone's, reads both.
const declaration =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Declaration xmlns="urn:shekara:test" Id="d1">\n  <Goods code="8471300000">Ноутбук &amp; сумка</Goods>\n</Declaration>\n';
const rsa = makeRsaSigner();

const signatureOf = (signed: string) =>
  signed.slice(signed.indexOf('<ds:Signature'), signed.indexOf('</ds:Signature>') + '</ds:Signature>'.length);

describe('signXml (RSA)', () => {
  const signed = signXml(declaration, rsa.key);

  it('appends an NCALayer-shaped enveloped signature and keeps every other byte of the document', () => {
    const signature = signatureOf(signed);
    expect(signed.replace(signature, '')).toBe(declaration);
    expect(signed.indexOf(signature)).toBe(declaration.lastIndexOf('</Declaration>'));
    expect(signature).toMatch(
      new RegExp(
        '^<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>' +
          '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>' +
          '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>' +
          '<ds:Reference URI=""><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>' +
          '<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>' +
          '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>[A-Za-z0-9+/=]{44}</ds:DigestValue></ds:Reference></ds:SignedInfo>' +
          '<ds:SignatureValue>[A-Za-z0-9+/=]{344}</ds:SignatureValue><ds:KeyInfo><ds:X509Data><ds:X509Certificate>[A-Za-z0-9+/=]+</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>$',
      ),
    );
  });

  it('round trip: checkXml accepts it and names the signer', () => {
    const result = checkXml(signed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.signers).toHaveLength(1);
    expect(result.signers[0]!.signatureAlgorithm).toBe('1.2.840.113549.1.1.11');
    expect(Buffer.from(result.signers[0]!.certificate.raw).equals(Buffer.from(rsa.certificate))).toBe(true);
    expect(result.signers[0]!.signingTime).toBeUndefined();
  });

  it('tampering is caught with the right code', () => {
    expect(checkXml(signed.replace('Ноутбук', 'Ноутбук '))).toMatchObject({ ok: false, code: 'SIG_CONTENT_MISMATCH' });
    expect(checkXml(signed.replace('8471300000', '8471300001'))).toMatchObject({
      ok: false,
      code: 'SIG_CONTENT_MISMATCH',
    });
    const value = /<ds:SignatureValue>(.)/.exec(signed)![1]!;
    expect(
      checkXml(signed.replace(`<ds:SignatureValue>${value}`, `<ds:SignatureValue>${value === 'A' ? 'B' : 'A'}`)),
    ).toMatchObject({ ok: false, code: 'SIG_BAD_SIGNATURE' });
    const other = makeRsaSigner('someone else');
    const swapped = signed.replace(
      /<ds:X509Certificate>[^<]+/,
      `<ds:X509Certificate>${Buffer.from(other.certificate).toString('base64')}`,
    );
    expect(checkXml(swapped)).toMatchObject({ ok: false, code: 'SIG_BAD_SIGNATURE' });
  });

  it('documents of other shapes: an empty root, comments and PIs after it, no declaration', () => {
    for (const xml of [
      '<r/>',
      '\uFEFF<r>bom</r>',
      '<r a="1/"  />',
      '<r>x</r><!-- after --><?pi done?>\n',
      '<p:r xmlns:p="urn:p"><p:a/></p:r>',
    ]) {
      const result = signXml(xml, rsa.key);
      expect(checkXml(result)).toMatchObject({ ok: true });
    }
    expect(signXml('<r>x</r><!-- after -->', rsa.key)).toMatch(
      /^<r>x<ds:Signature .*<\/ds:Signature><\/r><!-- after -->$/,
    );
  });

  it('nesting to the depth limit is no problem for signing and checking; deeper is refused before parsing', () => {
    // the signature adds two levels below the document element
    const levels = defaultXmlLimits.maxDepth - 3;
    const deep = `<r>${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</r>`;
    expect(checkXml(signXml(deep, rsa.key))).toMatchObject({ ok: true });
    const deeper = `<r>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</r>`;
    expect(() => signXml(deeper, rsa.key)).toThrow(/nested deeper than 64 levels/);
    expect(checkXml(deeper)).toMatchObject({ ok: false, code: 'SIG_MALFORMED' });
  });

  it('co-signing: each signer appends a signature; both verify, in order, and tampering still fails', () => {
    const second = makeRsaSigner('second signer');
    const twice = signXml(signXml(declaration, rsa.key), second.key);
    const result = checkXml(twice);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.signers.map((s) => s.certificate.subject[0]!.value)).toEqual([
      'Shekara XML test signer',
      'second signer',
    ]);
    expect(checkXml(twice.replace('сумка', 'сумкa'))).toMatchObject({ ok: false, code: 'SIG_CONTENT_MISMATCH' });
  });

  it('refuses a key of another family and a sign function that returns garbage', () => {
    expect(() => signXml(declaration, { ...rsa.key, algorithm: 'GOST2015-512' })).toThrow(/not a GOST2015-512 key/);
    expect(() => signXml(declaration, { ...rsa.key, sign: () => new Uint8Array(256) })).toThrow(/does not verify/);
    expect(() => signXml('<!DOCTYPE r><r/>', rsa.key)).toThrow();
  });
});

describe('signXml (GOST), with the SignatureValue in NCA byte order', () => {
  it.each(['GOST2004', 'GOST2015-512'] as const)('%s round trip', (family) => {
    const signer = makeGostSigner(family);
    const signed = signXml(declaration, signer.key);
    expect(signed).toContain(family === 'GOST2004' ? '#gost34310-gost34311' : 'gostr34102015-gostr34112015-512');
    expect(signed).toContain(family === 'GOST2004' ? 'xmldsig-more#gost34311' : 'algorithms:gostr34112015-512"');
    const result = checkXml(signed);
    expect(result).toMatchObject({
      ok: true,
      signers: [{ signatureAlgorithm: family === 'GOST2004' ? '1.2.398.3.10.1.1.1.2' : '1.2.398.3.10.1.1.2.3.2' }],
    });
    expect(checkXml(signed.replace('Ноутбук', 'Нoутбук'))).toMatchObject({ ok: false, code: 'SIG_CONTENT_MISMATCH' });
  });
});
