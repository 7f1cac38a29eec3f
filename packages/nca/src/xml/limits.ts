/**
 * Bounds on the shape of untrusted XML, checked by a linear scan of the text before any parser
 * sees it. xmldom's time grows faster than the text with some shapes: ~26 µs per element (half a
 * megabyte of `<e/>` took 1.7 s), and in-scope namespace declarations are looked up element by
 * element (15,000 nested declarations, 350 KB, took 4.7 s). Length alone does not bound that work;
 * these do, so that the parse and canonicalisation of any accepted document stay proportionate.
 */
export interface XmlLimits {
  /** Elements open at once. */
  maxDepth: number;
  /** Elements in the whole document. */
  maxElements: number;
  /** Attributes on one element, namespace declarations included. */
  maxAttributes: number;
  /** Namespace declarations (`xmlns`, `xmlns:p`) in the whole document. */
  maxNamespaceDeclarations: number;
  /** Characters in one run of text, CDATA section, comment, processing instruction or attribute value. */
  maxTextLength: number;
}

/**
 * Generous for any declaration: ESADout_CU nests 9 deep inside an ED_Container, has some 130
 * elements an item (a 999-item declaration: about 130,000), one attribute an element and a few
 * dozen namespaces; XAdES adds ten levels and a handful of each.
 */
export const defaultXmlLimits: Readonly<XmlLimits> = Object.freeze({
  maxDepth: 64,
  maxElements: 200_000,
  maxAttributes: 64,
  maxNamespaceDeclarations: 256,
  maxTextLength: 4 * 1024 * 1024,
});

export class XmlLimitExceeded extends Error {
  override readonly name = 'XmlLimitExceeded';
}

const lt = 0x3c;
const gt = 0x3e;
const slash = 0x2f;
const bang = 0x21;
const question = 0x3f;
const equals = 0x3d;
const doubleQuote = 0x22;
const singleQuote = 0x27;

/**
 * Throws XmlLimitExceeded when the text exceeds a limit, or holds a DTD or any other `<!`
 * declaration but a comment or CDATA. Not a well-formedness check (the parser does that after):
 * the scan follows the markup of well-formed XML exactly and only over-counts on anything else,
 * so whatever it lets through is within the limits when the parser accepts it.
 */
export function checkXmlLimits(xml: string, limits: XmlLimits = defaultXmlLimits): void {
  const end = xml.length;
  let depth = 0;
  let elements = 0;
  let namespaces = 0;
  let at = 0;
  const text = (length: number, what: string) => {
    if (length > limits.maxTextLength)
      throw new XmlLimitExceeded(`${what} longer than ${limits.maxTextLength} characters`);
  };
  while (at < end) {
    const open = xml.indexOf('<', at);
    text((open === -1 ? end : open) - at, 'a text');
    if (open === -1) return;
    const next = xml.charCodeAt(open + 1);
    if (next === bang) {
      if (xml.startsWith('<!--', open)) {
        at = skipPast(xml, '-->', open + 4, 'a comment', text);
      } else if (xml.startsWith('<![CDATA[', open)) {
        at = skipPast(xml, ']]>', open + 9, 'a CDATA section', text);
      } else {
        // DOCTYPE, ENTITY and the like: entity expansion and DTD defaults are never accepted (XXE).
        throw new XmlLimitExceeded('a DTD or entity declaration is not accepted');
      }
    } else if (next === question) {
      at = skipPast(xml, '?>', open + 2, 'a processing instruction', text);
    } else if (next === slash) {
      depth = Math.max(0, depth - 1);
      const close = xml.indexOf('>', open + 2);
      at = close === -1 ? end : close + 1;
    } else {
      if (++elements > limits.maxElements) throw new XmlLimitExceeded(`more than ${limits.maxElements} elements`);
      const tag = scanStartTag(xml, open + 1, text);
      if (tag.attributes > limits.maxAttributes)
        throw new XmlLimitExceeded(`an element with more than ${limits.maxAttributes} attributes`);
      namespaces += tag.namespaces;
      if (namespaces > limits.maxNamespaceDeclarations)
        throw new XmlLimitExceeded(`more than ${limits.maxNamespaceDeclarations} namespace declarations`);
      if (depth + 1 > limits.maxDepth)
        throw new XmlLimitExceeded(`elements nested deeper than ${limits.maxDepth} levels`);
      if (!tag.empty) depth++;
      at = tag.end;
    }
  }
}

function skipPast(
  xml: string,
  terminator: string,
  from: number,
  what: string,
  text: (length: number, what: string) => void,
): number {
  const found = xml.indexOf(terminator, from);
  const stop = found === -1 ? xml.length : found;
  text(stop - from, what);
  return found === -1 ? xml.length : found + terminator.length;
}

/**
 * One start tag from after its `<`: its attributes (quoted values skipped whole), namespace
 * declarations, and whether it is empty (`/>`). The name before each `=` is the last run of
 * non-space characters, tracked as the scan goes, so no character is looked at twice.
 */
function scanStartTag(
  xml: string,
  from: number,
  text: (length: number, what: string) => void,
): { end: number; attributes: number; namespaces: number; empty: boolean } {
  let attributes = 0;
  let namespaces = 0;
  let wordStart = from;
  let wordEnd = from;
  let inWord = true;
  for (let at = from; at < xml.length; at++) {
    const c = xml.charCodeAt(at);
    if (c === doubleQuote || c === singleQuote) {
      const close = xml.indexOf(c === doubleQuote ? '"' : "'", at + 1);
      const stop = close === -1 ? xml.length : close;
      text(stop - at - 1, 'an attribute value');
      at = stop;
      inWord = false;
      wordStart = wordEnd = at + 1;
    } else if (c === equals) {
      attributes++;
      const name = xml.slice(wordStart, inWord ? at : wordEnd);
      if (name === 'xmlns' || name.startsWith('xmlns:')) namespaces++;
      inWord = false;
      wordStart = wordEnd = at + 1;
    } else if (c === gt) {
      return { end: at + 1, attributes, namespaces, empty: xml.charCodeAt(at - 1) === slash };
    } else if (c === lt) {
      // Not well-formed; the parser will say so. Counted as if the tag ended here.
      return { end: at, attributes, namespaces, empty: false };
    } else if (isSpace(c)) {
      if (inWord) wordEnd = at;
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      wordStart = at;
    }
  }
  return { end: xml.length, attributes, namespaces, empty: false };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
