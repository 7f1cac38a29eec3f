export { digestUris, signatureUris } from './algorithms.ts';
export { type C14nOptions, c14nAlgorithms, c14nOptionsFor, canonicalBytes, canonicalize } from './c14n.ts';
export { maxXmlLength, parseXml, XmlRefused } from './parse.ts';
export { signXml, type XmlSignatureFamily, type XmlSigningKey } from './sign-xml.ts';
export { checkXml, maxSignatures, type XmlCheck, type XmlCheckCode, type XmlSigner } from './verify-xml.ts';
