export { defaultXmlLimits, type XmlLimits } from './limits.ts';
export { parseXml, XmlRefused } from './parse.ts';
export { signXml, type XmlSignatureFamily, type XmlSigningKey } from './sign-xml.ts';
export { checkXml, type XmlCheck, type XmlCheckCode, type XmlSigner } from './verify-xml.ts';
