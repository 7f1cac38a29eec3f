import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { transform } from 'esbuild';
import { build, type Plugin } from 'vite';
import { type Language, languages } from '../../contracts/src/i18n/index.ts';

/** What the server replaces with each page's style nonce (server/src/platform/http/web-app.ts). */
const noncePlaceholder = '__CSP_STYLE_NONCE__';

/** The prerendered home page of one language, beside index.html: `home.ru.html`. */
export const homePageFile = (language: Language) => `home.${language}.html`;

/**
 * Writes the home page rendered in each language (web/src/prerender.tsx) beside index.html, for
 * the server to send as the first page (issue 19 point 11): under a slow connection's two seconds
 * a request, the page must be readable, styled and its links working from the HTML alone. Each
 * copy carries inline the styles its markup uses and preloads the language's texts, which the app
 * needs to hydrate it; the full style sheet comes after (it is for the pages the visitor goes on to).
 */
export function prerenderHome(): Plugin {
  let root = '';
  let outDir = '';
  let isSsrBuild = false;
  const textsChunks = new Map<string, string>();
  return {
    name: 'shekara-prerender-home',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      isSsrBuild = Boolean(config.build.ssr);
    },
    writeBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const language = chunk.type === 'chunk' ? /^texts-(kk|ru|en)$/.exec(chunk.name)?.[1] : undefined;
        if (language) textsChunks.set(language, chunk.fileName);
      }
    },
    async closeBundle() {
      // the build below is a build too
      if (isSsrBuild) return;
      // beside the project's packages, so that the built module's imports find them
      const packages = path.dirname(path.dirname(createRequire(import.meta.url).resolve('react/package.json')));
      const work = path.join(packages, '.cache', `shekara-prerender-${process.pid}`);
      try {
        const renderHome = await buildRenderer(root, work);
        const template = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
        const pages = new Map<Language, { html: string; title: string }>();
        for (const language of languages) pages.set(language, await renderHome(language, noncePlaceholder));
        const styles = await criticalStyles([...pages.values()].map((page) => page.html).join('\n'));
        for (const [language, page] of pages) {
          const texts = textsChunks.get(language);
          if (!texts) throw new Error(`the build has no texts chunk for ${language}`);
          fs.writeFileSync(
            path.join(outDir, homePageFile(language)),
            homePage(template, { language, ...page, styles, texts }),
          );
        }
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    },
  };
}

type RenderHome = (language: Language, styleNonce: string) => Promise<{ html: string; title: string }>;

/** web/src/prerender.tsx built for Node into `work`, then loaded. */
async function buildRenderer(root: string, work: string): Promise<RenderHome> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      ssr: path.join(root, 'src', 'prerender.tsx'),
      outDir: work,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      // one module for Node: how the browser's build splits its files does not apply
      rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
    },
  });
  const entry = fs.readdirSync(work).find((name) => /^prerender\.m?js$/.test(name));
  if (!entry) throw new Error('the prerender build wrote no prerender.js');
  const module = (await import(pathToFileURL(path.join(work, entry)).href)) as { renderHome: RenderHome };
  return module.renderHome;
}

/**
 * The UI library's style sheets the markup uses, in the order of its full sheet (of which they
 * are a part): its base (reset, variables, global classes) and each component's file of which a
 * class appears in the markup. Nothing else of the full sheet is needed before it arrives.
 */
async function criticalStyles(markup: string): Promise<string> {
  const full = createRequire(import.meta.url).resolve('@mantine/core/styles.css');
  const sheet = fs.readFileSync(full, 'utf8');
  const dir = path.join(path.dirname(full), 'styles');
  const used = new Set(markup.match(/\bm_[0-9a-f]{8}\b/g));
  const parts = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.css') && !name.endsWith('.layer.css'))
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8').trim())
    .filter((css) => {
      const classes = css.match(/\bm_[0-9a-f]{8}\b/g);
      return !classes || classes.some((name) => used.has(name));
    })
    .map((css) => ({ css, at: sheet.indexOf(css) }))
    .sort((a, b) => a.at - b.at);
  if (parts.some((part) => part.at < 0)) throw new Error('a component style sheet is not part of styles.css');
  const { code } = await transform(parts.map((part) => part.css).join('\n'), { loader: 'css', minify: true });
  return code;
}

interface HomePage {
  language: Language;
  html: string;
  title: string;
  styles: string;
  texts: string;
}

/** index.html with the rendered page in it, its language, its styles inline and the full sheet left for later. */
function homePage(template: string, page: HomePage): string {
  const replace = (text: string, from: RegExp, to: string) => {
    if (!from.test(text)) throw new Error(`index.html has no ${from}`);
    return text.replace(from, () => to);
  };
  let html = template;
  html = replace(html, /<html lang="[a-z]+">/, `<html lang="${page.language}" data-mantine-color-scheme="light">`);
  html = replace(html, /<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`);
  // The full sheet would hold the first paint until it came, and share the slow line with the
  // scripts: disabled, it is neither fetched nor waited for until the app enables it (main.tsx).
  const sheet = /<link rel="stylesheet"( crossorigin)? href="([^"]+)">/;
  if (!sheet.test(html)) throw new Error('index.html links no style sheet');
  html = html.replace(sheet, (whole) => whole.replace(/>$/, ' disabled>'));
  html = replace(
    html,
    /<\/head>/,
    `  <link rel="modulepreload" crossorigin href="/${page.texts}">\n` +
      `    <style nonce="${noncePlaceholder}">${page.styles}</style>\n  </head>`,
  );
  html = replace(html, /<div id="root"><\/div>/, `<div id="root" data-prerendered="${page.language}">${page.html}</div>`);
  return html;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
