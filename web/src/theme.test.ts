import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { readableOnTint } from './theme.ts';

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
