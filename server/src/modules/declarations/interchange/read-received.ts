import { parseXml, type XmlLimits, XmlRefused } from '@shekara/nca';
import type { Element } from '@xmldom/xmldom';
import { type DtsFields, readDts } from './dts-reader.ts';
import { type EsadFields, readEsad } from './esad-reader.ts';
import { type PreliminaryFields, readAutoPreliminary } from './preliminary-reader.ts';
import { type SchemaError, validateAgainstSchema } from './xsd-validation.ts';

/**
 * One received XML file, read on a worker thread: held to the XML bounds, parsed without DTD,
 * checked against the album's schemas (when a directory of them is configured), and each
 * ESADout_CU it holds — itself, or those of an ED_Container — read into a model's fields; a
 * customs value declaration (DTSout_CU) and the road preliminary information (AutoPreliminary)
 * likewise, on their own. The
 * model itself (zod) judges the fields where the draft is made.
 */
export type ReceivedReading =
  | { ok: true; schemaChecked: boolean; documents: Array<EsadFields | DtsFields | PreliminaryFields> }
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

/** ESADout_CU documents one ED_Container may hold. */
const maxDocumentsPerContainer = 50;

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
  const name = root?.localName;
  if (root && (name === 'DTSout_CU' || name === 'AutoPreliminary')) {
    const errors = schemaDir ? await validateAgainstSchema(schemaDir, name, xml) : [];
    if (errors.length > 0) return { ok: false, code: 'SCHEMA_INVALID', errors };
    const document = name === 'DTSout_CU' ? readDts(root) : readAutoPreliminary(root);
    return { ok: true, schemaChecked: schemaDir !== undefined, documents: [document] };
  }
  if (!root || (name !== 'ESADout_CU' && name !== 'ED_Container'))
    return refused(
      'NOT_ESAD',
      `the root element is ${name ?? 'missing'}, not ESADout_CU, DTSout_CU, AutoPreliminary or ED_Container`,
    );
  const esads = name === 'ESADout_CU' ? [root] : elementsNamed(root, 'ESADout_CU');
  if (esads.length === 0) return refused('NOT_ESAD', 'the ED_Container holds no ESADout_CU');
  if (esads.length > maxDocumentsPerContainer)
    return refused('NOT_ESAD', `the ED_Container holds more than ${maxDocumentsPerContainer} documents`);
  if (schemaDir) {
    const errors = await schemaErrors(xml, name, esads, schemaDir);
    if (errors.length > 0) return { ok: false, code: 'SCHEMA_INVALID', errors };
  }
  return { ok: true, schemaChecked: schemaDir !== undefined, documents: esads.map(readEsad) };
}

/**
 * The container is checked against ED_Container.xsd, which skips its documents' content; each
 * ESADout_CU is then checked against its own schema, cut out of the text with the namespaces its
 * ancestors declare added to its start tag, so its errors keep the file's line numbers.
 */
async function schemaErrors(xml: string, root: string, esads: Element[], dir: string): Promise<SchemaError[]> {
  if (root === 'ESADout_CU') return validateAgainstSchema(dir, 'ESADout_CU', xml);
  const errors = await validateAgainstSchema(dir, 'ED_Container', xml);
  if (errors.length > 0) return errors;
  const pieces = esadPieces(xml, esads);
  for (const piece of pieces) {
    const found = await validateAgainstSchema(dir, 'ESADout_CU', piece.text);
    errors.push(...found.map((e) => (e.line === undefined ? e : { ...e, line: e.line + piece.lineOffset })));
  }
  return errors;
}

function esadPieces(xml: string, esads: Element[]): Array<{ text: string; lineOffset: number }> {
  const pieces: Array<{ text: string; lineOffset: number }> = [];
  const start = /<(?:[A-Za-z_][\w.-]*:)?ESADout_CU(?=[\s/>])/g;
  for (const esad of esads) {
    const match = start.exec(xml);
    if (!match) break;
    const closing = new RegExp(`</${esad.prefix ? `${esad.prefix}:` : ''}ESADout_CU\\s*>`, 'g');
    closing.lastIndex = match.index;
    const end = closing.exec(xml);
    const stop = end ? end.index + end[0].length : xml.length;
    const inherited = inheritedNamespaces(esad)
      .map(([prefix, uri]) => ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${uri.replace(/"/g, '&quot;')}"`)
      .join('');
    const tagEnd = match.index + match[0].length;
    pieces.push({
      text: `${xml.slice(match.index, tagEnd)}${inherited}${xml.slice(tagEnd, stop)}`,
      lineOffset: countLines(xml, match.index),
    });
    start.lastIndex = stop;
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

function elementsNamed(root: Element, name: string): Element[] {
  const list = root.getElementsByTagNameNS('*', name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

function refused(code: ReceivedRefusal, message: string): ReceivedReading {
  return { ok: false, code, errors: [{ message: message.slice(0, 500) }] };
}
