import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, readableFill, readableOnTint } from './theme.ts';

describe('the light variant’s text (issue 19 point 10)', () => {
  it('reads at WCAG AA on its tint for every colour of the theme', () => {
    const hex = /^#[0-9a-f]{6}$/i;
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      if (!hex.test(shades[9])) continue;
      const text = readableOnTint(shades);
      expect(text, name).toMatch(hex);
      // green's shade 9 alone is 4.0:1 on its tint: it is darkened
      if (name === 'green') expect(text).not.toBe(shades[9]);
    }
  });
});

describe('the filled variant’s fill and text (issue 19 point 10)', () => {
  it('reads at 4.5:1: white on a darkened fill, near-black on yellow and lime', () => {
    for (const name of ['green', 'red', 'blue', 'cyan', 'teal', 'orange'] as const) {
      const { background, color } = readableFill(DEFAULT_THEME.colors[name][7]);
      expect(color, name).toBe('#ffffff');
      expect(contrast(background, color), name).toBeGreaterThanOrEqual(4.5);
    }
    for (const name of ['yellow', 'lime'] as const) {
      const { background, color } = readableFill(DEFAULT_THEME.colors[name][7]);
      expect(background, name).toBe(DEFAULT_THEME.colors[name][7]);
      expect(contrast(background, color), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
