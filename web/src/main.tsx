import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { QueryProvider } from './data/QueryProvider.tsx';
import { i18nReady } from './i18n/index.ts';
import { contrastVariables, theme } from './theme.ts';

// The server's Content-Security-Policy admits a <style> element only with this page's nonce.
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-style-nonce"]')?.content ?? '';

// The page's language has its texts before the first render (i18n/index.ts).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} getStyleNonce={() => styleNonce} cssVariablesResolver={contrastVariables}>
        <QueryProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryProvider>
      </MantineProvider>
    </StrictMode>,
  ),
);
