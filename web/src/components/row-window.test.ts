import { describe, expect, it } from 'vitest';
import { scrollTopShowing, visibleRows } from './row-window.ts';

describe('the items grid renders only the rows in view (issue 6 point 14: 999 items)', () => {
  it('renders a screenful and a few more of 999 rows, with the rest as padding', () => {
    const window = visibleRows({ count: 999, rowHeight: 40, scrollTop: 0, viewportHeight: 480, overscan: 5 });
    expect(window).toEqual({ first: 0, end: 18, paddingTop: 0, paddingBottom: (999 - 18) * 40 });
  });

  it('follows the scroll to the middle and to the end', () => {
    const middle = visibleRows({ count: 999, rowHeight: 40, scrollTop: 20_000, viewportHeight: 480, overscan: 5 });
    expect(middle.first).toBe(495);
    expect(middle.end).toBe(518);
    expect(middle.paddingTop + (middle.end - middle.first) * 40 + middle.paddingBottom).toBe(999 * 40);
    const end = visibleRows({ count: 999, rowHeight: 40, scrollTop: 999 * 40, viewportHeight: 480, overscan: 5 });
    expect(end.end).toBe(999);
    expect(end.paddingBottom).toBe(0);
  });

  it('renders nothing for no items', () => {
    expect(visibleRows({ count: 0, rowHeight: 40, scrollTop: 0, viewportHeight: 480 })).toEqual({
      first: 0,
      end: 0,
      paddingTop: 0,
      paddingBottom: 0,
    });
  });

  it('scrolls just enough to show a row a message points at', () => {
    const view = { rowHeight: 40, scrollTop: 400, viewportHeight: 400 };
    expect(scrollTopShowing(12, view)).toBe(400);
    expect(scrollTopShowing(2, view)).toBe(80);
    expect(scrollTopShowing(30, view)).toBe(30 * 40 + 40 - 400);
  });
});
