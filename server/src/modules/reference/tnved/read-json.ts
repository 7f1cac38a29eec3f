import fs from 'node:fs';
import { cleanText, type SourceNode, sectionCode } from '@shekara/contracts/reference/tnved';
import type { RejectedRow } from '../importing/import-report.ts';
import { maxSourceFileBytes, type SourceRead } from './read-fts-txt.ts';
import { isoDay } from './source-dates.ts';

/**
 * The nested JSON form of the nomenclature (issue 5 point 3):
 * `[{chapter, naim, date, groups: [{code, naim, date, goods: [{code, naim, date, subs: [{code, naim, date}]}]}]}]`.
 * Despite the names, its top level is the section, `groups` are chapters, `goods` headings and
 * `subs` subheadings. `date` is the day a line came into force; the form has no end dates.
 * Rejections are named by their path in the file, e.g. `[0].groups[1].goods[2]`.
 */
export function readJsonFile(file: string): SourceRead {
  if (fs.statSync(file).size > maxSourceFileBytes)
    throw new Error(`${file} is larger than ${maxSourceFileBytes} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected an array of sections`);
  return readJsonNomenclature(data);
}

type Entry = Record<string, unknown>;

export function readJsonNomenclature(sections: unknown[]): SourceRead {
  const nodes: SourceNode[] = [];
  const rejected: RejectedRow[] = [];
  const isEntry = (value: unknown): value is Entry =>
    typeof value === 'object' && value !== null && !Array.isArray(value);

  /** The node of one entry, or null (with its rejection recorded) when it is unusable. */
  function read(
    entry: unknown,
    at: string,
    codeField: string,
    pattern: RegExp,
    level: SourceNode['level'],
  ): SourceNode | null {
    const reject = (reason: string) => {
      rejected.push({
        line: at,
        reason,
        text: JSON.stringify(
          isEntry(entry) ? { [codeField]: entry[codeField], naim: entry.naim, date: entry.date } : entry,
        ),
      });
      return null;
    };
    if (!isEntry(entry)) return reject('not an object');
    const raw = entry[codeField];
    if (typeof raw !== 'string' || !pattern.test(raw))
      return reject(`${codeField} ${JSON.stringify(raw)} is not a ${level} code`);
    const name = typeof entry.naim === 'string' ? cleanText(entry.naim) : '';
    if (!name) return reject('the name (naim) is empty');
    const validFrom = isoDay(entry.date);
    if (!validFrom) return reject(`date ${JSON.stringify(entry.date)} is not a date`);
    const code = level === 'section' ? sectionCode(raw)! : raw;
    return { code, level, name: { ru: name, kk: null, en: null }, notes: null, validFrom, validTo: null, line: at };
  }

  const children = (entry: unknown, field: string, at: string): unknown[] => {
    const list = isEntry(entry) ? entry[field] : undefined;
    if (list === null || list === undefined) return [];
    if (!Array.isArray(list)) {
      rejected.push({ line: `${at}.${field}`, reason: `${field} is not a list` });
      return [];
    }
    return list;
  };

  sections.forEach((sectionEntry, s) => {
    const at = `[${s}]`;
    const chapters = children(sectionEntry, 'groups', at);
    const section = read(sectionEntry, at, 'chapter', /^\d{1,2}$/, 'section');
    if (!section) return;
    if (chapters.length === 0) {
      rejected.push({ line: at, reason: `section ${section.code} has no chapters`, text: section.name.ru });
      return;
    }
    nodes.push(section);
    chapters.forEach((chapterEntry, c) => {
      const chapterAt = `${at}.groups[${c}]`;
      const chapter = read(chapterEntry, chapterAt, 'code', /^\d{2}$/, 'chapter');
      if (!chapter) return;
      nodes.push({ ...chapter, sectionCode: section.code });
      children(chapterEntry, 'goods', chapterAt).forEach((headingEntry, h) => {
        const headingAt = `${chapterAt}.goods[${h}]`;
        const heading = read(headingEntry, headingAt, 'code', /^\d{4}$/, 'heading');
        if (!heading) return;
        nodes.push(heading);
        children(headingEntry, 'subs', headingAt).forEach((subEntry, u) => {
          const sub = read(subEntry, `${headingAt}.subs[${u}]`, 'code', /^(\d{6}|\d{8}|\d{10})$/, 'subheading');
          if (sub) nodes.push(sub);
        });
      });
    });
  });
  return { nodes, rejected, files: [] };
}
