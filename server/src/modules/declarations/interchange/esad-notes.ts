import { isDeepStrictEqual } from 'node:util';
import {
  goodsDeclaration,
  goodsItem,
  transitDeclaration,
  transitItem,
} from '@shekara/contracts/declarations/documents';

/**
 * What the album has no element for travels as "notes": lines of the document's SealDescriptionText
 * (FreeText500, repeatable — the one free text at the document's head, beside the other box D
 * entries), each `path = JSON`, a long value cut into `path += JSON…` continuation lines. The
 * writer reads its own XML back and notes exactly the fields that did not come back equal (box D's
 * route and term of delivery, a box 25 mode that differs from box 21's vehicle, a rate the album
 * cannot structure…); the reader lays the notes over what the elements said. A path names a field
 * of the declaration or of one item (`items.3.payments`, item positions from 1); anything else is
 * ignored, and the model bounds the values like any others.
 */
export type NoteKind = 'goods' | 'transit';

/** The longest JSON piece one line carries: FreeText500 less the path and the separator. */
const pieceLength = 400;
const linePattern = /^([A-Za-z]+(?:\.\d{1,3}\.[A-Za-z]+)?) (\+?=) (.*)$/s;

const headerKeys: Record<NoteKind, Set<string>> = {
  goods: new Set(Object.keys(goodsDeclaration.shape).filter((k) => k !== 'items')),
  transit: new Set(Object.keys(transitDeclaration.shape).filter((k) => k !== 'items')),
};
const itemKeys: Record<NoteKind, Set<string>> = {
  goods: new Set(Object.keys(goodsItem.shape)),
  transit: new Set(Object.keys(transitItem.shape)),
};

type Fields = { [key: string]: unknown; items: Array<Record<string, unknown>> };

/** The note lines that make `read` (the elements read back) equal to `wanted` (the model). */
export function notesFor(kind: NoteKind, wanted: Fields, read: Fields): string[] {
  const lines: string[] = [];
  const want = plain(wanted);
  const got = plain(read);
  const keys = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys(want, got)) {
    if (key === 'items' || !headerKeys[kind].has(key)) continue;
    if (!isDeepStrictEqual(want[key], got[key])) lines.push(...noteLines(key, want[key]));
  }
  // the album requires one item at least: a draft without any is written with an empty one
  if (want.items.length === 0 && got.items.length > 0) lines.push('items = []');
  want.items.forEach((item, index) => {
    const back = got.items[index] ?? {};
    for (const key of keys(item, back)) {
      if (!itemKeys[kind].has(key)) continue;
      if (!isDeepStrictEqual(item[key], back[key])) lines.push(...noteLines(`items.${index + 1}.${key}`, item[key]));
    }
  });
  return lines;
}

/** The fields with the notes laid over them; lines that are not notes are left alone. */
export function withNotes<T extends Fields>(kind: NoteKind, fields: T, lines: string[]): T {
  const values = new Map<string, string>();
  for (const line of lines) {
    const match = linePattern.exec(line);
    if (!match) continue;
    const [, path, sign, piece] = match as unknown as [string, string, string, string];
    if (sign === '=') values.set(path, piece);
    else if (values.has(path)) values.set(path, values.get(path)! + piece);
  }
  const result: Fields = { ...fields, items: fields.items.map((item) => ({ ...item })) };
  for (const [path, text] of values) {
    let value: unknown;
    try {
      value = text === 'absent' ? undefined : JSON.parse(text);
    } catch {
      continue;
    }
    const [head, position, key] = path.split('.');
    if (path === 'items') {
      if (Array.isArray(value) && value.length === 0) result.items = [];
    } else if (key === undefined) {
      if (headerKeys[kind].has(head!)) set(result, head!, value);
    } else if (itemKeys[kind].has(key)) {
      const item = result.items[Number(position) - 1];
      if (item) set(item, key, value);
    }
  }
  return result as T;
}

function noteLines(path: string, value: unknown): string[] {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  const lines: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + pieceLength, text.length);
    // a piece never ends between the two halves of a surrogate pair
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    lines.push(`${path} ${at === 0 ? '=' : '+='} ${text.slice(at, end)}`);
    at = end;
  }
  return lines;
}

function set(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** JSON's view of a document: no undefined fields, the same as the stored model. */
const plain = (fields: Fields): Fields => JSON.parse(JSON.stringify(fields)) as Fields;
