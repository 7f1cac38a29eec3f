import { MantineProvider } from '@mantine/core';
import { type ReactNode, StrictMode } from 'react';
import { QueryProvider } from './data/QueryProvider.tsx';
import { contrastVariables, theme } from './theme.ts';

/**
 * What every render of the app stands in, the browser's and the build's prerender of the home page
 * alike (web/build/prerender.ts): the same tree on both sides, so the page hydrates without a
 * mismatch. `styleNonce` is what the UI library's `<style>` elements carry for the
 * Content-Security-Policy.
 */
export function AppProviders({ styleNonce, children }: { styleNonce: string; children: ReactNode }) {
  return (
    <StrictMode>
      <MantineProvider theme={theme} getStyleNonce={() => styleNonce} cssVariablesResolver={contrastVariables}>
        <QueryProvider>{children}</QueryProvider>
      </MantineProvider>
    </StrictMode>
  );
}
