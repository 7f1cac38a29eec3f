import { DOMParser, type Document } from '@xmldom/xmldom';
import { checkXmlLimits, defaultXmlLimits, XmlLimitExceeded, type XmlLimits } from './limits.ts';

/** Signed documents are declarations and their attachments' metadata, never bulk data (ACC-9). */
export const maxXmlLength = 10 * 1024 * 1024;

export class XmlRefused extends Error {
  override readonly name = 'XmlRefused';
}

/**
 * Parses untrusted XML for signature work. A DTD is refused outright rather than ignored: entity
 * expansion (XXE, "billion laughs") and DTD default attributes would make the bytes we digest
 * depend on things the signer may not have seen. Every parser complaint, even a recoverable one,
 * is fatal, because xmldom's recovery (e.g. keeping an unknown `&foo;` as text) changes content.
 * The DTD test is a plain text search, so "<!DOCTYPE" inside a comment or CDATA is refused too:
 * simpler to trust than a second parser, and no declaration needs it. Before the parser, the
 * document's shape is held to `limits` (depth, elements, attributes, namespaces, text), which
 * bound the parser's work as length alone does not.
 */
export function parseXml(xml: string, limits: XmlLimits = defaultXmlLimits): Document {
  if (xml.length > maxXmlLength) throw new XmlRefused(`document longer than ${maxXmlLength} characters`);
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml))
    throw new XmlRefused('a DTD or entity declaration is not accepted');
  try {
    checkXmlLimits(xml, limits);
  } catch (error) {
    if (error instanceof XmlLimitExceeded) throw new XmlRefused(error.message);
    throw error;
  }
  const parser = new DOMParser({
    locator: false,
    // XML 1.0 line-end handling only: xmldom's default also folds U+0085 and U+2028 (an XML 1.1
    // rule), which would change the canonical bytes of text that contains them.
    normalizeLineEndings: (source: string) => source.replace(/\r\n?/g, '\n'),
    onError: (level: string, message: string) => {
      throw new XmlRefused(`${level}: ${message}`);
    },
  });
  // A byte order mark that survived decoding is not content.
  const source = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  let document: Document;
  try {
    document = parser.parseFromString(source, 'text/xml');
  } catch (error) {
    // xmldom wraps what onError throws in its own ParseError; keep one error type for callers.
    throw new XmlRefused(
      error instanceof Error ? error.message.replace(/^Reporting [^"]*"(.*)" caused .*$/s, '$1') : 'unparsable XML',
    );
  }
  if (document.doctype) throw new XmlRefused('a DTD is not accepted');
  if (!document.documentElement) throw new XmlRefused('no document element');
  return document;
}
