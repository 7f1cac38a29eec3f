import { parseCertificate } from '../x509/certificate.ts';
import { digestFor, digestUris, dsNamespace, envelopedSignature, signatureUris } from './algorithms.ts';
import { c14nAlgorithms, canonicalBytes } from './c14n.ts';
import { requiredChild } from './dom.ts';
import { parseXml } from './parse.ts';
import { SignedDocument } from './signature-element.ts';

export type XmlSignatureFamily = 'RSA' | 'GOST2004' | 'GOST2015-512';

export interface XmlSigningKey {
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  algorithm: XmlSignatureFamily;
  /** Signs the canonical SignedInfo (hashing it itself) and returns the SignatureValue bytes as they go on the wire. */
  sign: (signedInfoCanonical: Uint8Array) => Uint8Array;
}

const families: Record<XmlSignatureFamily, { signature: string; digest: string; keyOid: string }> = {
  RSA: { signature: signatureUris.rsaSha256, digest: digestUris.sha256, keyOid: '1.2.840.113549.1.1.1' },
  GOST2004: { signature: signatureUris.gost2004, digest: digestUris.gost34311, keyOid: '1.2.398.3.10.1.1.1.1' },
  'GOST2015-512': {
    signature: signatureUris.gost2015_512,
    digest: digestUris.streebog512,
    keyOid: '1.2.398.3.10.1.1.2.2',
  },
};

/**
 * Signs a document the way NCALayer's signXml does (ACC-9): an enveloped ds:Signature appended as the
 * last child of the document element; exclusive C14N for SignedInfo; one Reference URI="" with the
 * enveloped-signature and exc-c14n transforms; the certificate in KeyInfo/X509Data. The original
 * text is kept byte for byte around the inserted signature (re-serializing would risk changing
 * content), and the result is checked before it is returned, so a wrong key or byte order throws.
 */
export function signXml(xml: string, key: XmlSigningKey): string {
  const family = families[key.algorithm];
  const certificate = parseCertificate(key.certificate);
  if (certificate.publicKeyAlgorithm !== family.keyOid)
    throw new Error(`the certificate's key is not a ${key.algorithm} key`);

  const document = parseXml(xml);
  const digest = digestFor(family.digest)!;
  const digestValue = base64(digest(canonicalBytes(document, { exclusive: true, withComments: false })));

  const signedInfo =
    `<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="${c14nAlgorithms.exclusive}"/>` +
    `<ds:SignatureMethod Algorithm="${family.signature}"/>` +
    `<ds:Reference URI=""><ds:Transforms><ds:Transform Algorithm="${envelopedSignature}"/>` +
    `<ds:Transform Algorithm="${c14nAlgorithms.exclusive}"/></ds:Transforms>` +
    `<ds:DigestMethod Algorithm="${family.digest}"/><ds:DigestValue>${digestValue}</ds:DigestValue></ds:Reference></ds:SignedInfo>`;
  // Exclusive C14N renders only the namespaces SignedInfo itself uses, so its canonical form
  // taken from a stand-alone copy is the one it has inside the signed document.
  const standalone = parseXml(`<ds:Signature xmlns:ds="${dsNamespace}">${signedInfo}</ds:Signature>`);
  const signedInfoCanonical = canonicalBytes(requiredChild(standalone.documentElement!, dsNamespace, 'SignedInfo'), {
    exclusive: true,
    withComments: false,
  });
  const signatureValue = base64(key.sign(signedInfoCanonical));

  const signature =
    `<ds:Signature xmlns:ds="${dsNamespace}">${signedInfo}<ds:SignatureValue>${signatureValue}</ds:SignatureValue>` +
    `<ds:KeyInfo><ds:X509Data><ds:X509Certificate>${base64(key.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>`;
  const signed = insertBeforeRootEnd(xml, signature, document.documentElement!.nodeName);

  // Check only the new signature: signatures already in the document are not ours to judge.
  const result = new SignedDocument(parseXml(signed), signed.length);
  const own = result.signatures.at(-1);
  if (!own || own.parentNode !== result.document.documentElement)
    throw new Error('the signature did not land at the end of the document element');
  try {
    result.check(own);
  } catch (error) {
    throw new Error(`the signature made does not verify: ${error instanceof Error ? error.message : String(error)}`);
  }
  return signed;
}

/**
 * Puts `fragment` at the end of the document element's content. Only comments, PIs and white
 * space may follow the document element, so its end is the last `>` before them.
 */
function insertBeforeRootEnd(xml: string, fragment: string, rootName: string): string {
  let end = xml.length;
  for (;;) {
    const trimmed = xml.slice(0, end).trimEnd();
    end = trimmed.length;
    if (trimmed.endsWith('-->')) end = trimmed.lastIndexOf('<!--');
    else if (trimmed.endsWith('?>')) end = trimmed.lastIndexOf('<?');
    else break;
    if (end < 0) throw new Error('cannot find the end of the document element');
  }
  const head = xml.slice(0, end);
  const tail = xml.slice(end);
  if (head.endsWith('/>')) return `${head.slice(0, -2).trimEnd()}>${fragment}</${rootName}>${tail}`;
  const close = head.lastIndexOf('</');
  if (close < 0) throw new Error('cannot find the end of the document element');
  return `${head.slice(0, close)}${fragment}${head.slice(close)}${tail}`;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
