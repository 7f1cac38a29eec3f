import { createTheme, type MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'sky',
  primaryShade: 7,
  colors: { sky, gray },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'md',
});
