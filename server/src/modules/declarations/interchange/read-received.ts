import { parseXml, type XmlLimits, XmlRefused } from '@shekara/nca';
import type { Element } from '@xmldom/xmldom';
import { type DtsFields, readDts } from './dts-reader.ts';
import { type EsadFields, readEsad } from './esad-reader.ts';
import {
  type PreliminaryFields,
  readAirPreliminary,
  readAutoPreliminary,
  readRailPreliminary,
  readSeaPreliminary,
} from './preliminary-reader.ts';
import { child, children } from './xml-dom.ts';
import { type SchemaError, validateAgainstSchema } from './xsd-validation.ts';

/**
 * One received XML file, read on a worker thread: held to the XML bounds, parsed without DTD,
 * checked against the album's schemas (when a directory of them is configured), and each album
 * document it holds — itself, or those of an ED_Container — read into a model's fields: goods and
 * transit declarations (ESADout_CU), customs value declarations (DTSout_CU) and the preliminary
 * information of road, air, rail and sea transport. The model itself (zod) judges the fields where
 * the draft is made.
 */
export type ReceivedReading =
  | { ok: true; schemaChecked: boolean; documents: ReadDocument[] }
  | { ok: false; code: ReceivedRefusal; errors: SchemaError[] };

/** Why a file was refused: not XML within bounds, not an album document, or not valid by its schemas. */
export type ReceivedRefusal = 'XML_REFUSED' | 'NOT_ESAD' | 'SCHEMA_INVALID';

/** Largest single XML file, in characters: a 999-item goods declaration is about 4 MB. */
export const maxReceivedLength = 16 * 1024 * 1024;

/**
 * ESADout_CU nests 9 deep inside an ED_Container, has some 130 elements an item (a 999-item
 * declaration: about 130,000), one attribute an element and a few dozen namespaces.
 */
const receivedLimits: XmlLimits = {
  maxDepth: 32,
  maxElements: 200_000,
  maxAttributes: 32,
  maxNamespaceDeclarations: 256,
  maxTextLength: 1024 * 1024,
};

/** Album documents one ED_Container may hold. */
const maxDocumentsPerContainer = 50;

type ReadDocument = EsadFields | DtsFields | PreliminaryFields;

/** The album's documents that are read, by their root element, each with its reader. */
const readers = {
  ESADout_CU: readEsad,
  DTSout_CU: readDts,
  AutoPreliminary: readAutoPreliminary,
  AirPreliminary: readAirPreliminary,
  RWPreliminary: readRailPreliminary,
  SeaPreliminary: readSeaPreliminary,
} satisfies Record<string, (root: Element) => ReadDocument>;
type AlbumDocument = keyof typeof readers;

const isAlbumDocument = (element: Element): boolean => Object.hasOwn(readers, element.localName ?? '');
const readDocument = (element: Element): ReadDocument => readers[element.localName as AlbumDocument](element);
const readNames = Object.keys(readers).join(', ');

export async function readReceivedXml(xml: string, schemaDir: string | undefined): Promise<ReceivedReading> {
  if (xml.length > maxReceivedLength)
    return refused('XML_REFUSED', `the file is longer than ${maxReceivedLength} characters`);
  let root: Element | null;
  try {
    root = parseXml(xml, receivedLimits).documentElement;
  } catch (error) {
    if (error instanceof XmlRefused) return refused('XML_REFUSED', error.message);
    throw error;
  }
  if (!root || (!isAlbumDocument(root) && root.localName !== 'ED_Container'))
    return refused('NOT_ESAD', `the root element is ${root?.localName ?? 'missing'}, not ${readNames} or ED_Container`);
  if (isAlbumDocument(root)) {
    const errors = schemaDir ? await validateAgainstSchema(schemaDir, root.localName as AlbumDocument, xml) : [];
    if (errors.length > 0) return { ok: false, code: 'SCHEMA_INVALID', errors };
    return { ok: true, schemaChecked: schemaDir !== undefined, documents: [readDocument(root)] };
  }
  const documents = containedDocuments(root);
  if (documents.length === 0) return refused('NOT_ESAD', `the ED_Container holds none of ${readNames}`);
  if (documents.length > maxDocumentsPerContainer)
    return refused('NOT_ESAD', `the ED_Container holds more than ${maxDocumentsPerContainer} documents`);
  if (schemaDir) {
    const errors = await containerSchemaErrors(xml, documents, schemaDir);
    if (errors.length > 0) return { ok: false, code: 'SCHEMA_INVALID', errors };
  }
  return { ok: true, schemaChecked: schemaDir !== undefined, documents: documents.map(readDocument) };
}

/**
 * The documents of an ED_Container that are read, in their order: the body of each `ContainerDoc`
 * (a goods declaration comes with its customs value declaration, for one). Its other documents —
 * invoices, contracts, the album's hundreds of others — are passed over.
 */
function containedDocuments(container: Element): Element[] {
  return children(container, 'ContainerDoc')
    .map((doc) => firstElement(child(doc, 'DocBody')))
    .filter((body): body is Element => body !== undefined && isAlbumDocument(body));
}

function firstElement(parent: Element | undefined): Element | undefined {
  for (let node = parent?.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) return node as Element;
  return undefined;
}

/**
 * The container is checked against ED_Container.xsd, which skips its documents' content; each
 * document read is then checked against its own schema, cut out of the text with the namespaces
 * its ancestors declare added to its start tag, so its errors keep the file's line numbers.
 */
async function containerSchemaErrors(xml: string, documents: Element[], dir: string): Promise<SchemaError[]> {
  const errors = await validateAgainstSchema(dir, 'ED_Container', xml);
  if (errors.length > 0) return errors;
  for (const piece of documentPieces(xml, documents)) {
    const found = await validateAgainstSchema(dir, piece.root, piece.text);
    errors.push(...found.map((e) => (e.line === undefined ? e : { ...e, line: e.line + piece.lineOffset })));
  }
  return errors;
}

/** Each document's text, found after the one before it by its start tag and its own closing tag. */
function documentPieces(
  xml: string,
  documents: Element[],
): Array<{ root: AlbumDocument; text: string; lineOffset: number }> {
  const pieces: Array<{ root: AlbumDocument; text: string; lineOffset: number }> = [];
  let from = 0;
  for (const document of documents) {
    const name = document.localName as AlbumDocument;
    const start = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])`, 'g');
    start.lastIndex = from;
    const match = start.exec(xml);
    if (!match) break;
    const closing = new RegExp(`</${document.prefix ? `${document.prefix}:` : ''}${name}\\s*>`, 'g');
    closing.lastIndex = match.index;
    const end = closing.exec(xml);
    const stop = end ? end.index + end[0].length : xml.length;
    const inherited = inheritedNamespaces(document)
      .map(([prefix, uri]) => ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${uri.replace(/"/g, '&quot;')}"`)
      .join('');
    const tagEnd = match.index + match[0].length;
    pieces.push({
      root: name,
      text: `${xml.slice(match.index, tagEnd)}${inherited}${xml.slice(tagEnd, stop)}`,
      lineOffset: countLines(xml, match.index),
    });
    from = stop;
  }
  return pieces;
}

/** Namespace declarations of the ancestors that the element does not make itself. */
function inheritedNamespaces(element: Element): Array<[string, string]> {
  const own = new Set<string>();
  for (const attribute of Array.from(element.attributes)) if (isNamespace(attribute.name)) own.add(attribute.name);
  const found = new Map<string, string>();
  for (let node = element.parentNode; node && node.nodeType === 1; node = node.parentNode) {
    for (const attribute of Array.from((node as Element).attributes)) {
      if (!isNamespace(attribute.name) || own.has(attribute.name) || found.has(attribute.name)) continue;
      found.set(attribute.name, attribute.value);
    }
  }
  return [...found].map(([name, uri]) => [name === 'xmlns' ? '' : name.slice(6), uri]);
}

const isNamespace = (name: string) => name === 'xmlns' || name.startsWith('xmlns:');

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

function refused(code: ReceivedRefusal, message: string): ReceivedReading {
  return { ok: false, code, errors: [{ message: message.slice(0, 500) }] };
}
