import '@mantine/core/styles.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { AppProviders } from './AppProviders.tsx';
import { pageLanguage, startI18n } from './i18n/index.ts';

// The server's Content-Security-Policy admits a <style> element only with this page's nonce.
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-style-nonce"]')?.content ?? '';

// The home page comes already rendered, in the language the server chose (web/build/prerender.ts);
// every other page starts empty.
const container = document.getElementById('root')!;
const prerendered = container.dataset.prerendered;
const language = pageLanguage(prerendered);

const app = (
  <AppProviders styleNonce={styleNonce}>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </AppProviders>
);

// The page's language has its texts before the first render, as the prerender had them.
void startI18n(language).then(() => {
  if (prerendered === language) {
    hydrateRoot(container, app);
  } else {
    // a choice the server did not know (kept only in this browser's storage): rendered afresh
    container.replaceChildren();
    createRoot(container).render(app);
  }
  applyFullStyles();
});

/**
 * The prerendered home page carries inline only the styles it shows; the full style sheet, linked
 * disabled so that it neither holds the first paint nor shares the line with the scripts, is
 * fetched once the app has taken the page over, for the pages the visitor goes on to.
 */
function applyFullStyles() {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][disabled]'))
    link.disabled = false;
}
