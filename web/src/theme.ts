import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  Loader,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

// The sky blue of Kazakhstan's flag, as a ten-shade scale for Mantine. The shades text and filled
// buttons use (6 to 9) are deepened until they read at WCAG AA (4.5:1) on white and on the light
// tint of the same colour: the flag's own #00afca on white is 2.6:1, too faint to read.
const sky: MantineColorsTuple = [
  '#e0fbff',
  '#cbf2ff',
  '#9ae2ff',
  '#64d2ff',
  '#3cc5fe',
  '#23bcfe',
  '#007c90',
  '#006d7f',
  '#005f6e',
  '#005160',
];

// Mantine's grey, with the "dimmed" text's shade (6) darkened from #868e96 (3.3:1 on white) to read at AA.
const gray: MantineColorsTuple = [
  '#f8f9fa',
  '#f1f3f5',
  '#e9ecef',
  '#dee2e6',
  '#ced4da',
  '#adb5bd',
  '#676f77',
  '#495057',
  '#343a40',
  '#212529',
];

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const mix = (hex: string, toward: number, share: number) =>
  `#${[1, 3, 5]
    .map((i) => Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * (1 - share) + toward * share))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;

/** The WCAG contrast ratio of two colours, 1 to 21. */
export const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * The text of a light badge, button or alert: its colour's shade 9, darkened until it reads at
 * 4.6:1 on the variant's tint (shade 6 at 10 % over white) — shade 6, Mantine's own, is under
 * WCAG AA's 4.5:1 for most colours, and shade 9 still is for green, lime, yellow and orange.
 */
export function readableOnTint(shades: readonly string[]): string {
  const tint = mix(shades[6]!, 255, 0.9);
  let text = shades[9]!;
  for (let step = 0; step < 10 && contrast(text, tint) < 4.6; step++) text = mix(text, 0, 0.15);
  return text;
}

const nearBlack = '#1a1b1e';

/**
 * A filled badge's or button's fill and text, readable at WCAG AA's 4.5:1: white text, on the fill
 * darkened as far as white needs (green, red, blue, orange fill too brightly for it); near-black
 * text on the fills too pale to darken without losing their colour (yellow, lime).
 */
export function readableFill(fill: string): { background: string; color: string } {
  if (contrast('#ffffff', fill) < 2.5) return { background: fill, color: nearBlack };
  let background = fill;
  for (let step = 0; step < 10 && contrast('#ffffff', background) < 4.6; step++) background = mix(background, 0, 0.08);
  return { background, color: '#ffffff' };
}

/**
 * The light variant's text in `readableOnTint` of its colour, and the filled variant's fill and
 * text as `readableFill` makes them (issue 19 point 10).
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const [name = '', shade] = (input.color ?? input.theme.primaryColor).split('.');
  const shades = input.theme.colors[name];
  if (!shades || !/^#[0-9a-f]{6}$/i.test(shades[9] ?? '')) return colors;
  if (input.variant === 'light') return { ...colors, color: readableOnTint(shades) };
  if (input.variant === 'filled') {
    const primary = input.theme.primaryShade;
    const filled = shades[shade ? Number(shade) : typeof primary === 'number' ? primary : primary.light];
    if (!filled || contrast('#ffffff', filled) >= 4.5) return colors;
    const readable = readableFill(filled);
    return { ...colors, ...readable, hover: mix(readable.background, 0, 0.1) };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: 'sky',
  primaryShade: 7,
  colors: { sky, gray },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'md',
  variantColorResolver: readableVariants,
  components: {
    // A loader is a status: the label most carry ("the page is loading") is then announced, where
    // on a bare span it is not allowed (axe: aria-prohibited-attr, issue 19 point 10).
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
  },
});

/**
 * Mantine's error red (red.6) on white is 3.3:1, under WCAG AA's 4.5:1 for text: errors are
 * written in a darker red (issue 19 point 10).
 */
export const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: {},
});
