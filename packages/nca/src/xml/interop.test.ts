import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signXml } from './sign-xml.ts';
import { makeRsaSigner } from './test-signers.ts';
import { checkXml } from './verify-xml.ts';

// ACC-9: signatures must mean the same to us and to other XMLDSig implementations. xmlsec1
// (libxml2 + OpenSSL) is the reference here: it checks what we sign, and signs what we check.
const available = spawnSync('xmlsec1', ['--version']).status === 0;
if (!available) console.warn('skipped: xmlsec1 is not installed (apt-get install xmlsec1)');

const rsa = makeRsaSigner();
const dir = available ? fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-xmlsec-')) : '';
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const full = path.join(dir, name);
  fs.writeFileSync(full, content);
  return full;
}

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
const declaration =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Declaration xmlns="urn:shekara:test"><Goods code="8471300000">Ноутбук</Goods></Declaration>\n';

describe.skipIf(!available)('xmlsec1', () => {
  it('verifies our RSA signature, with our certificate as the trust anchor, and rejects it tampered', () => {
    const trusted = file('signer.der', rsa.certificate);
    const signed = signXml(declaration, rsa.key);
    const output = execFileSync(
      'xmlsec1',
      ['--verify', '--enabled-key-data', 'x509', '--trusted-der', trusted, file('signed.xml', signed)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(output).not.toMatch(/FAIL/);
    const tampered = spawnSync('xmlsec1', [
      '--verify',
      '--enabled-key-data',
      'x509',
      '--trusted-der',
      trusted,
      file('tampered.xml', signed.replace('8471300000', '8471300001')),
    ]);
    expect(tampered.status).not.toBe(0);
  });

  // Templates xmlsec1 fills in. They exercise what our own signer never writes: inclusive C14N of
  // a SignedInfo that inherits a default namespace, a prefix and xml:lang; comments; a "#id"
  // Reference to the document element; InclusiveNamespaces lists; SHA-512.
  const templates = {
    'inclusive C14N, default-namespace ds, xml:lang in scope, WithComments': `<?xml version="1.0"?>
<root xmlns="urn:r" xmlns:x="urn:x" xml:lang="kk" Id="doc"><x:item a="1" x:b="2">text &amp; more<!-- c --></x:item>
<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><Transform Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue/></Reference></SignedInfo><SignatureValue/><KeyInfo><X509Data/></KeyInfo></Signature></root>`,
    'exclusive C14N with InclusiveNamespaces, a #id reference, SHA-512': `<?xml version="1.0"?>
<root xmlns="urn:r" xmlns:x="urn:x" xmlns:unused="urn:u" Id="doc"><x:item a="1">t</x:item>
<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#WithComments"><ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="x #default"/></ds:CanonicalizationMethod><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"/><ds:Reference URI="#doc"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"><ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="unused"/></ds:Transform></ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha512"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature></root>`,
  };

  it.each(Object.entries(templates))('signs what checkXml accepts: %s', (name, template) => {
    const key = file('key.pem', rsa.privateKeyPem!);
    const certificate = file('cert.pem', pem(rsa.certificate));
    const signed = execFileSync(
      'xmlsec1',
      [
        '--sign',
        '--id-attr:Id',
        'root',
        '--privkey-pem',
        `${key},${certificate}`,
        file(`${name.length}.xml`, template),
      ],
      { encoding: 'utf8' },
    );
    const result = checkXml(signed);
    expect(result).toMatchObject({
      ok: true,
      signers: [
        { signatureAlgorithm: signed.includes('rsa-sha512') ? '1.2.840.113549.1.1.13' : '1.2.840.113549.1.1.11' },
      ],
    });
    expect(
      checkXml(signed.replace('>t</x:item>', '>T</x:item>').replace('text &amp; more', 'text &amp; More')),
    ).toMatchObject({ ok: false, code: 'SIG_CONTENT_MISMATCH' });
  });
});
