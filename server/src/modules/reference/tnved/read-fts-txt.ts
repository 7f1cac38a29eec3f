import fs from 'node:fs';
import path from 'node:path';
import { cleanText, type SourceNode, sectionCode } from '@shekara/contracts/reference/tnved';
import type { RejectedRow } from '../importing/import-report.ts';
import { dottedDate } from './source-dates.ts';

/**
 * The official distribution files of the nomenclature (issue 5 point 3): cp866 text, one record a
 * line, fields separated by `|`, a header line first (`015|20220113|0000|`: edition and date).
 * TNVED1.TXT sections, TNVED2.TXT chapters, TNVED3.TXT headings, TNVED4.TXT subheadings (not
 * every distribution carries it). Each line is one version with its validity dates.
 */
interface FileLayout {
  file: string;
  /** the fields of a record, the trailing empty one after the last `|` not counted */
  fields: readonly string[];
  toNode(
    fields: Record<string, string>,
  ): (Omit<SourceNode, 'line' | 'validFrom' | 'validTo' | 'notes'> & { notes?: string }) | string;
}

const layouts: readonly FileLayout[] = [
  {
    file: 'TNVED1.TXT',
    fields: ['section', 'name', 'notes', 'from', 'to'],
    toNode: ({ section, name, notes }) => {
      const code = sectionCode(section!);
      if (!code) return `section number "${section}" is not 01…99`;
      return { code, level: 'section', name: { ru: name!, kk: null, en: null }, notes };
    },
  },
  {
    file: 'TNVED2.TXT',
    fields: ['section', 'chapter', 'name', 'notes', 'from', 'to'],
    toNode: ({ section, chapter, name, notes }) => {
      const parent = sectionCode(section!);
      if (!parent) return `section number "${section}" is not 01…99`;
      if (!/^\d{2}$/.test(chapter!)) return `chapter "${chapter}" is not 2 digits`;
      return { code: chapter!, level: 'chapter', sectionCode: parent, name: { ru: name!, kk: null, en: null }, notes };
    },
  },
  {
    file: 'TNVED3.TXT',
    fields: ['chapter', 'heading', 'name', 'from', 'to'],
    toNode: ({ chapter, heading, name }) => {
      const code = `${chapter}${heading}`;
      if (!/^\d{4}$/.test(code)) return `heading "${chapter}|${heading}" is not 2 + 2 digits`;
      return { code, level: 'heading', name: { ru: name!, kk: null, en: null } };
    },
  },
  {
    file: 'TNVED4.TXT',
    fields: ['chapter', 'heading', 'subheading', 'name', 'from', 'to'],
    toNode: ({ chapter, heading, subheading, name }) => {
      const code = `${chapter}${heading}${subheading}`;
      if (!/^(\d{6}|\d{8}|\d{10})$/.test(code))
        return `subheading "${chapter}|${heading}|${subheading}" is not 6, 8 or 10 digits`;
      return { code, level: 'subheading', name: { ru: name!, kk: null, en: null } };
    },
  },
];

/** Largest distribution file read (the real ones are a few megabytes). */
export const maxSourceFileBytes = 64 * 1024 * 1024;

export interface SourceRead {
  nodes: SourceNode[];
  rejected: RejectedRow[];
  /** the files found, in order */
  files: string[];
}

/** Reads TNVED1…4.TXT from a directory; a missing TNVED4.TXT is normal, a missing TNVED1…3.TXT is not. */
export function readFtsTxtDirectory(directory: string): SourceRead {
  const result: SourceRead = { nodes: [], rejected: [], files: [] };
  for (const layout of layouts) {
    const file = findFile(directory, layout.file);
    if (!file) {
      if (layout.file !== 'TNVED4.TXT') throw new Error(`${layout.file} not found in ${directory}`);
      continue;
    }
    if (fs.statSync(file).size > maxSourceFileBytes)
      throw new Error(`${file} is larger than ${maxSourceFileBytes} bytes`);
    result.files.push(layout.file);
    readFile(layout, new TextDecoder('ibm866').decode(fs.readFileSync(file)), result);
  }
  return result;
}

/** The files are named in capitals in the distribution, but copies often arrive in lower case. */
function findFile(directory: string, name: string): string | null {
  const entry = fs.readdirSync(directory).find((candidate) => candidate.toUpperCase() === name);
  return entry ? path.join(directory, entry) : null;
}

function readFile(layout: FileLayout, text: string, into: SourceRead): void {
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    // the first line is the edition header
    if (index === 0 || raw.trim() === '') return;
    const line = `${layout.file}:${index + 1}`;
    const reject = (reason: string) => into.rejected.push({ line, reason, text: raw });
    const parts = raw.split('|');
    if (parts.at(-1)?.trim() === '') parts.pop();
    // a record whose closing "valid to" is empty may have lost its trailing field
    if (parts.length === layout.fields.length - 1) parts.push('');
    if (parts.length !== layout.fields.length)
      return reject(`expected ${layout.fields.length} fields separated by "|", found ${parts.length}`);
    const fields = Object.fromEntries(
      layout.fields.map((name, i) => [name, name === 'notes' ? parts[i]! : cleanText(parts[i]!)]),
    );
    const validFrom = dottedDate(fields.from!);
    if (!validFrom) return reject(`"valid from" ${JSON.stringify(fields.from)} is not a date DD.MM.YYYY`);
    const validTo = fields.to === '' ? null : dottedDate(fields.to!);
    if (fields.to !== '' && !validTo) return reject(`"valid to" ${JSON.stringify(fields.to)} is not a date DD.MM.YYYY`);
    if (validTo && validTo < validFrom) return reject(`"valid to" ${fields.to} is before "valid from" ${fields.from}`);
    if (!fields.name) return reject('the name is empty');
    const node = layout.toNode(fields);
    if (typeof node === 'string') return reject(node);
    const notes = node.notes === undefined ? null : cleanText(node.notes) || null;
    into.nodes.push({ ...node, notes, validFrom, validTo, line });
  });
}
