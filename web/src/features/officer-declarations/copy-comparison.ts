import { documentLines } from './document-lines.ts';
import { headerBoxes, type ItemRow, isGoodsDocument, itemColumns, itemRow, type Printers } from './goods-boxes.ts';

/**
 * Two signed copies of a declaration compared by their boxes (issue 19 point 5): the copy a
 * declarant resubmitted after a requested correction beside the copy before it, laid out as the
 * officer reads one copy (goods-boxes.ts, document-lines.ts), so what changed is named by its box.
 */

/** How a box (an item, a field) of the later copy stands to the earlier one. */
export type Change = 'same' | 'changed' | 'added' | 'removed';

/** A value in both copies: null where that copy leaves it empty. */
export interface ComparedValue {
  earlier: string | null;
  later: string | null;
  change: Change;
}

/** A box of the form in both copies (`field` names it in the catalogue, as goods-boxes.ts does). */
export interface ComparedBox extends ComparedValue {
  box: string;
  field: string;
}

/** A goods item in both copies: its number (box 32) in each, null where the copy does not have it. */
export interface ComparedItem {
  earlier: number | null;
  later: number | null;
  change: Change;
  boxes: ComparedBox[];
}

/** A field of a kind without a laid-out view, by its path. */
export interface ComparedLine extends ComparedValue {
  path: string;
}

export type CopyComparison =
  | { layout: 'goods'; header: ComparedBox[]; items: ComparedItem[] }
  | { layout: 'lines'; lines: ComparedLine[]; truncated: boolean };

export function comparedValue(earlier: string | null, later: string | null): ComparedValue {
  const before = earlier === '' ? null : earlier;
  const after = later === '' ? null : later;
  const change: Change = before === after ? 'same' : before === null ? 'added' : after === null ? 'removed' : 'changed';
  return { earlier: before, later: after, change };
}

/** The two documents as signed, compared in the layout the officer reads a copy in, its numbers and days as `printers` write them. */
export function compareCopies(earlier: unknown, later: unknown, printers?: Printers): CopyComparison {
  if (isGoodsDocument(earlier) && isGoodsDocument(later)) {
    const rows = (items: typeof earlier.items) => items.map((item, index) => itemRow(item, index, printers));
    return {
      layout: 'goods',
      header: compareHeaders(earlier, later, printers),
      items: compareItems(rows(earlier.items), rows(later.items)),
    };
  }
  const before = documentLines(earlier);
  const after = documentLines(later);
  return {
    layout: 'lines',
    lines: compareLines(before.lines, after.lines),
    truncated: before.truncated || after.truncated,
  };
}

/** The header boxes in the form's order; a box empty in both copies is left out. */
function compareHeaders(
  earlier: Parameters<typeof headerBoxes>[0],
  later: Parameters<typeof headerBoxes>[0],
  printers?: Printers,
) {
  const before = headerBoxes(earlier, { keepEmpty: true, ...(printers && { printers }) });
  const after = headerBoxes(later, { keepEmpty: true, ...(printers && { printers }) });
  return before.flatMap((line, index): ComparedBox[] => {
    const value = comparedValue(line.value, after[index]!.value);
    return value.earlier === null && value.later === null ? [] : [{ box: line.box, field: line.field, ...value }];
  });
}

const itemBoxes = (earlier: ItemRow | null, later: ItemRow | null): ComparedBox[] =>
  itemColumns.map(({ field, box }) => ({
    box,
    field,
    ...comparedValue(earlier ? String(earlier[field]) : null, later ? String(later[field]) : null),
  }));

/** What an item says, but for its number: an item kept while one before it was removed is the same item. */
const itemKey = ({ number: _, ...row }: ItemRow) => JSON.stringify(row);

/**
 * The items paired as a reader would pair them: the longest run of items kept as they were, and
 * between them, items removed and added side by side read as changed items; the rest as removed
 * or added.
 */
export function compareItems(earlier: readonly ItemRow[], later: readonly ItemRow[]): ComparedItem[] {
  const compared: ComparedItem[] = [];
  let removed: ItemRow[] = [];
  let added: ItemRow[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const before = removed[i] ?? null;
      const after = added[i] ?? null;
      compared.push(item(before, after));
    }
    removed = [];
    added = [];
  };
  for (const step of align(earlier.map(itemKey), later.map(itemKey))) {
    if (step.earlier !== null && step.later !== null) {
      flush();
      compared.push(item(earlier[step.earlier]!, later[step.later]!));
    } else if (step.earlier !== null) removed.push(earlier[step.earlier]!);
    else if (step.later !== null) added.push(later[step.later]!);
  }
  flush();
  return compared;
}

function item(earlier: ItemRow | null, later: ItemRow | null): ComparedItem {
  const boxes = itemBoxes(earlier, later);
  const change: Change =
    earlier === null
      ? 'added'
      : later === null
        ? 'removed'
        : boxes.some((b) => b.change !== 'same')
          ? 'changed'
          : 'same';
  return { earlier: earlier?.number ?? null, later: later?.number ?? null, change, boxes };
}

/** Fields by their paths, in the documents' order: a path in one copy only is added or removed. */
export function compareLines(
  earlier: readonly { path: string; value: string }[],
  later: readonly { path: string; value: string }[],
): ComparedLine[] {
  return align(
    earlier.map((line) => line.path),
    later.map((line) => line.path),
  ).map((step) => {
    const before = step.earlier === null ? null : earlier[step.earlier]!;
    const after = step.later === null ? null : later[step.later]!;
    return { path: (before ?? after)!.path, ...comparedValue(before?.value ?? null, after?.value ?? null) };
  });
}

/** One step through two sequences: a position in each, or in one only (removed from the first, added in the second). */
interface Step {
  earlier: number | null;
  later: number | null;
}

/**
 * The two sequences walked together along their longest common subsequence of keys. The common
 * beginning and end are taken first, so a copy with one box changed costs a pass, not a table;
 * the table of the rest is bounded by what a declaration holds (999 items).
 */
export function align(earlier: readonly string[], later: readonly string[]): Step[] {
  let start = 0;
  while (start < earlier.length && start < later.length && earlier[start] === later[start]) start++;
  let endEarlier = earlier.length;
  let endLater = later.length;
  while (endEarlier > start && endLater > start && earlier[endEarlier - 1] === later[endLater - 1]) {
    endEarlier--;
    endLater--;
  }
  const steps: Step[] = [];
  for (let i = 0; i < start; i++) steps.push({ earlier: i, later: i });
  const rows = endEarlier - start;
  const columns = endLater - start;
  // common[i][j]: the longest common subsequence of earlier[start + i..] and later[start + j..]
  const common = new Uint32Array((rows + 1) * (columns + 1));
  const at = (i: number, j: number) => i * (columns + 1) + j;
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      common[at(i, j)] =
        earlier[start + i] === later[start + j]
          ? common[at(i + 1, j + 1)]! + 1
          : Math.max(common[at(i + 1, j)]!, common[at(i, j + 1)]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && earlier[start + i] === later[start + j]) {
      steps.push({ earlier: start + i++, later: start + j++ });
    } else if (j >= columns || (i < rows && common[at(i + 1, j)]! >= common[at(i, j + 1)]!)) {
      steps.push({ earlier: start + i++, later: null });
    } else {
      steps.push({ earlier: null, later: start + j++ });
    }
  }
  const shift = endLater - endEarlier;
  for (let k = endEarlier; k < earlier.length; k++) steps.push({ earlier: k, later: k + shift });
  return steps;
}

/** How many boxes and items changed: what the comparison's heading says before the tables. */
export function changeCount(comparison: CopyComparison): { boxes: number; items: number } {
  if (comparison.layout === 'lines')
    return { boxes: comparison.lines.filter((line) => line.change !== 'same').length, items: 0 };
  return {
    boxes: comparison.header.filter((box) => box.change !== 'same').length,
    items: comparison.items.filter((entry) => entry.change !== 'same').length,
  };
}
