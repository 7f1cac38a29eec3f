/**
 * Which rows of a long list or table to render (windowing; a goods declaration has up to 999
 * items): only those in view, plus a few above and below so a quick scroll does not show blanks.
 * Rows have one fixed height, so the range is arithmetic. The declarant's items grid and the
 * officer's items table both use it.
 */
export interface RowWindow {
  first: number;
  /** one past the last row to render */
  end: number;
  /** the space above the first rendered row and below the last, in pixels */
  paddingTop: number;
  paddingBottom: number;
}

export function visibleRows(input: {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  overscan?: number;
}): RowWindow {
  const { count, rowHeight, scrollTop, viewportHeight, overscan = 5 } = input;
  if (count === 0) return { first: 0, end: 0, paddingTop: 0, paddingBottom: 0 };
  const firstInView = Math.min(count - 1, Math.max(0, Math.floor(scrollTop / rowHeight)));
  const inView = Math.ceil(viewportHeight / rowHeight) + 1;
  const first = Math.max(0, firstInView - overscan);
  const end = Math.min(count, firstInView + inView + overscan);
  return { first, end, paddingTop: first * rowHeight, paddingBottom: (count - end) * rowHeight };
}

/** Where to scroll so `row` sits in view (unchanged when it already does). */
export function scrollTopShowing(
  row: number,
  input: { rowHeight: number; scrollTop: number; viewportHeight: number },
): number {
  const top = row * input.rowHeight;
  if (top < input.scrollTop) return top;
  if (top + input.rowHeight > input.scrollTop + input.viewportHeight)
    return top + input.rowHeight - input.viewportHeight;
  return input.scrollTop;
}
