import { createTheme, type MantineColorsTuple } from '@mantine/core';

// The sky blue of Kazakhstan's flag, as a ten-shade scale for Mantine.
const sky: MantineColorsTuple = [
  '#e0fbff',
  '#cbf2ff',
  '#9ae2ff',
  '#64d2ff',
  '#3cc5fe',
  '#23bcfe',
  '#00afca',
  '#009fb8',
  '#008ca3',
  '#00798e',
];

export const theme = createTheme({
  primaryColor: 'sky',
  primaryShade: 7,
  colors: { sky },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'md',
});
