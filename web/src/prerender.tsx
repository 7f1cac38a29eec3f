import type { Language } from '@shekara/contracts/i18n';
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { App } from './App.tsx';
import { AppProviders } from './AppProviders.tsx';
import { catalogues } from './i18n/catalogues.ts';

/**
 * The home page rendered at build time, once per language (web/build/prerender.ts runs this module
 * in Node): the server sends it as the first page, readable and with working links before any
 * script arrives, and the browser hydrates it (issue 19 point 11). What comes from the API (the
 * session, the system's status, news) is shown as it is before the first answer: the browser
 * fills it in after hydration.
 */
export async function renderHome(language: Language, styleNonce: string): Promise<{ html: string; title: string }> {
  if (!i18next.isInitialized)
    await i18next.use(initReactI18next).init({
      resources: Object.fromEntries(Object.entries(catalogues).map(([code, texts]) => [code, { translation: texts }])),
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
  await i18next.changeLanguage(language);
  const html = renderToString(
    <AppProviders styleNonce={styleNonce}>
      <StaticRouter location="/">
        <App />
      </StaticRouter>
    </AppProviders>,
  );
  return { html, title: i18next.t('app.name') };
}
