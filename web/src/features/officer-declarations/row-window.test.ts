import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window.ts';

describe('drawing only the visible items of a goods declaration (issue 6 point 14)', () => {
  const view = { height: 400, rowHeight: 40, overscan: 2 };

  it('draws the rows in view and a few below at the top of 999 items', () => {
    expect(rowWindow(999, { ...view, scrollTop: 0 })).toEqual({ first: 0, end: 13, spaceAbove: 0, spaceBelow: (999 - 13) * 40 });
  });

  it('draws a few either side in the middle, the heights of the rest standing in for them', () => {
    const window = rowWindow(999, { ...view, scrollTop: 20_000 });
    expect(window).toEqual({ first: 498, end: 513, spaceAbove: 498 * 40, spaceBelow: (999 - 513) * 40 });
    expect(window.spaceAbove + (window.end - window.first) * 40 + window.spaceBelow).toBe(999 * 40);
  });

  it('stops at the last row when scrolled to the end or beyond', () => {
    expect(rowWindow(999, { ...view, scrollTop: 999 * 40 })).toMatchObject({ end: 999, spaceBelow: 0 });
    expect(rowWindow(999, { ...view, scrollTop: 1e9 }).end).toBe(999);
  });

  it('draws everything of a short list and nothing of an empty one', () => {
    expect(rowWindow(3, { ...view, scrollTop: 0 })).toEqual({ first: 0, end: 3, spaceAbove: 0, spaceBelow: 0 });
    expect(rowWindow(0, { ...view, scrollTop: 0 })).toEqual({ first: 0, end: 0, spaceAbove: 0, spaceBelow: 0 });
  });
});
