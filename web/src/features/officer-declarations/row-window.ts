/**
 * The rows of a long table worth drawing (a goods declaration has up to 999 items): those in
 * view and a few either side, with the heights that stand in for the rest so the scroll bar stays
 * true. Rows have one fixed height, so this is arithmetic.
 */
export interface RowWindow {
  first: number;
  /** one past the last row drawn */
  end: number;
  spaceAbove: number;
  spaceBelow: number;
}

export function rowWindow(count: number, view: { scrollTop: number; height: number; rowHeight: number; overscan?: number }): RowWindow {
  const { scrollTop, height, rowHeight, overscan = 8 } = view;
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0, spaceAbove: 0, spaceBelow: 0 };
  const top = Math.min(count - 1, Math.max(0, Math.floor(scrollTop / rowHeight)));
  const first = Math.max(0, top - overscan);
  const end = Math.min(count, top + Math.ceil(height / rowHeight) + 1 + overscan);
  return { first, end, spaceAbove: first * rowHeight, spaceBelow: (count - end) * rowHeight };
}
