import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** One complaint of the schemas about a file: where, which element, and what. */
export interface SchemaError {
  line?: number;
  element?: string;
  message: string;
}

/** The entry schemas a received file is checked against, by its root element. */
export const entrySchemas = {
  ESADout_CU: 'ESADout_CU.xsd',
  ED_Container: 'ED_Container.xsd',
  DTSout_CU: 'DTSout_CU.xsd',
  AutoPreliminary: 'AutoPreliminary.xsd',
  AirPreliminary: 'AirPreliminary.xsd',
  RWPreliminary: 'RWPreliminary.xsd',
  SeaPreliminary: 'SeaPreliminary.xsd',
} as const;
export type EntrySchema = keyof typeof entrySchemas;

/** A schema file that a schema imports or includes, by the name it gives. */
type SchemaSet = { entry: string; files: Map<string, string> };

/** The schema sets read from disk, once per thread and directory: the album's 700 files are never all read. */
const sets = new Map<string, SchemaSet>();

/** Errors past this many are not reported: the first ones say what is wrong. */
const maxErrors = 50;

/**
 * The entry schema and only the files it reaches through xs:import and xs:include (ESADout_CU:
 * 9 files, 440 KB), read from the album directory. A location leaving the directory is refused.
 */
function schemaSet(dir: string, entry: string): SchemaSet {
  const key = `${dir}\0${entry}`;
  const cached = sets.get(key);
  if (cached) return cached;
  const files = new Map<string, string>();
  const pending = [entry];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (files.has(name)) continue;
    if (name.includes('/') || name.includes('\\') || name.startsWith('.'))
      throw new Error(`schema location outside the schema directory: ${name}`);
    const text = readFileSync(path.join(dir, name), 'utf8');
    files.set(name, text);
    for (const match of text.matchAll(/<xs:(?:import|include)\b[^>]*\bschemaLocation="([^"]+)"/g))
      pending.push(match[1]!);
  }
  const set = { entry, files };
  sets.set(key, set);
  return set;
}

/**
 * Checks a document against an entry schema of the album with libxml2 (compiled to WebAssembly,
 * so no native library and no network: every schema is handed to it in memory). The text must
 * already have passed the XML bounds (no DTD, bounded depth and size) before it gets here.
 */
export async function validateAgainstSchema(dir: string, root: EntrySchema, xml: string): Promise<SchemaError[]> {
  const set = schemaSet(dir, entrySchemas[root]);
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [{ fileName: set.entry, contents: set.files.get(set.entry)! }],
    preload: [...set.files]
      .filter(([name]) => name !== set.entry)
      .map(([fileName, contents]) => ({ fileName, contents })),
    // 256 MiB: a 999-item declaration with its schemas takes well under half of that.
    maxMemoryPages: 4096,
  });
  if (result.valid) return [];
  return result.errors.slice(0, maxErrors).map((error) => schemaError(error.message, error.loc?.lineNumber));
}

/** "element X: Schemas validity error : Element '{ns}X': …" as its element's local name and the message. */
function schemaError(raw: string, line: number | undefined): SchemaError {
  const element = /Element '(?:\{[^}]*\})?([^']+)'/.exec(raw)?.[1];
  const message = raw.replace(/^element [^:]+: Schemas validity error : /, '').replace(/\{[^}]*\}/g, '');
  return { ...(line === undefined ? {} : { line }), ...(element ? { element } : {}), message: message.slice(0, 500) };
}
