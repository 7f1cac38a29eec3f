import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './web/build/precompress.ts';
import { prerenderHome } from './web/build/prerender.ts';

// The web app lives in web/ and is built to web/dist, which the server serves.
// In development (`npm run dev`) Vite serves it on 5173 and forwards API calls to the server.
/** The chunk of a catalogue file: all the features' texts of one language together. */
function textsOfLanguage(id: string): string | null {
  const language = /[\\/]locales[\\/](kk|ru|en)\.json$/.exec(id)?.[1];
  return language ? `texts-${language}` : null;
}

export default defineConfig({
  root: 'web',
  plugins: [react(), precompress(), prerenderHome()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // The first page imports its API calls when it makes them, while other pages import the same
      // modules statically: the groups below, not the imports, decide which file a module is in.
      checks: { ineffectiveDynamicImport: false },
      output: {
        codeSplitting: {
          groups: [
            // one file per language of all the features' texts, fetched when the language is shown
            { name: textsOfLanguage, debugName: 'texts' },
            // What the first page runs (`$initial`: the entry's static imports, all the way down) in
            // two files: the libraries, which change seldom and stay cached from one release to the
            // next, and the app's own modules (issue 19 point 11). Everything else comes with the
            // pages that use it (feature-routes.ts lazyPage).
            { name: 'libraries', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
            { name: 'app', tags: ['$initial'] },
            // What the first page's calls need once it is shown (the session, news, notices, the
            // support contacts, the status): zod, the API's contracts but the declarations' (forms,
            // control), which only their pages need, and the calls themselves
            {
              name: 'api',
              test: /[\\/](contracts[\\/]src[\\/](?!declarations[\\/])|node_modules[\\/]zod[\\/]|web[\\/]src[\\/]features[\\/](session[\\/]me|portal[\\/]portal-api)\.ts$)/,
            },
            // the libraries of the other pages in one file: a slow network pays its round trip once, not per module
            { name: 'more-libraries', test: /[\\/]node_modules[\\/](?!ncalayer-js-client[\\/])/ },
            // the app's own modules that several pages share, but the declarations' (forms, control), which only their pages need
            {
              name: 'shared',
              test: /^(?!.*[\\/]declarations[\\/]).*[\\/](web|contracts|packages)[\\/]/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/health': 'http://localhost:8080',
      '/news.atom': 'http://localhost:8080',
    },
  },
});
