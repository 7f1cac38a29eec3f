import type { PdfBlock, PdfBox } from '../../../platform/pdf/index.ts';

/**
 * The sheets of a declaration form of Decision No. 257 (goods, transit): the main sheet carries
 * the header boxes and the first item; each additional sheet carries three more items under a
 * short header. The grid: 24 columns across the page, 50 rows of 15 points.
 */
export const grid = { columns: 24, rowHeight: 15, rows: 50 } as const;
export const itemsPerAdditionalSheet = 3;
/** Rows an item's boxes take, on the main and on an additional sheet alike. */
export const itemRows = 15;
const additionalHeaderRows = 3;

/** A box of the grid: its label and value, at column x, row y, spanning w columns and h rows. */
export function box(
  label: string,
  x: number,
  y: number,
  width: number,
  height: number,
  value = '',
  size?: number,
): PdfBox {
  return { label, value, x, y, width, height, ...(size !== undefined && { size }) };
}

/** An item's boxes, laid out from row 0, moved down to `top`. */
export const placed = (boxes: readonly PdfBox[], top: number): PdfBox[] => boxes.map((b) => ({ ...b, y: b.y + top }));

export function sheetCount(items: number): number {
  return 1 + Math.ceil(Math.max(0, items - 1) / itemsPerAdditionalSheet);
}

export interface SheetsPlan {
  /** the main sheet's boxes with its first item, given the number of sheets (box 3) */
  main: (sheets: number) => PdfBox[];
  /** every item's boxes from row 0, the first included */
  items: readonly (readonly PdfBox[])[];
  /** an additional sheet's header (boxes A, 1, 2, 3) for sheet `sheet` of `sheets` */
  additionalHeader: (sheet: number, sheets: number) => PdfBox[];
  /** the last row of an additional sheet (box 54) */
  additionalFooter: readonly PdfBox[];
}

/** The blocks of the whole form: the main sheet, then each additional sheet on a page of its own. */
export function formSheets(plan: SheetsPlan): PdfBlock[] {
  const sheets = sheetCount(plan.items.length);
  const blocks: PdfBlock[] = [{ type: 'sheet', ...grid, boxes: plan.main(sheets) }];
  for (let sheet = 2; sheet <= sheets; sheet++) {
    const first = 1 + (sheet - 2) * itemsPerAdditionalSheet;
    const boxes = [...plan.additionalHeader(sheet, sheets)];
    plan.items.slice(first, first + itemsPerAdditionalSheet).forEach((item, i) => {
      boxes.push(...placed(item, additionalHeaderRows + i * itemRows));
    });
    boxes.push(...plan.additionalFooter);
    blocks.push({ type: 'pageBreak' }, { type: 'sheet', ...grid, boxes });
  }
  return blocks;
}

/** The row the footer of an additional sheet starts at: below its header and three items. */
export const additionalFooterRow = additionalHeaderRows + itemsPerAdditionalSheet * itemRows;
