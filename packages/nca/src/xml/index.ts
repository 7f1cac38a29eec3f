export { checkXml, maxSignatures, type XmlCheck, type XmlCheckCode, type XmlSigner } from './verify-xml.ts';
export { signXml, type XmlSignatureFamily, type XmlSigningKey } from './sign-xml.ts';
export { canonicalize, canonicalBytes, c14nAlgorithms, c14nOptionsFor, type C14nOptions } from './c14n.ts';
export { parseXml, maxXmlLength, XmlRefused } from './parse.ts';
export { digestUris, signatureUris } from './algorithms.ts';
