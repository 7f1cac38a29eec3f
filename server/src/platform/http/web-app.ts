import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PlatformErrors } from '../errors.ts';
import { cookieLanguage, type Language, languages } from '../i18n/language.ts';
import { registerPublicPlugin } from './access-control.ts';
import { sendError } from './error-handler.ts';
import { compressPage, pageEncoding } from './page-encoding.ts';
import { contentSecurityPolicy, newStyleNonce, styleAttributeHashes } from './security-headers.ts';
import { type CookieOptions, workplaceOf } from './workplace-cookie.ts';

/** Where index.html carries the page's style nonce, for the web app to hand its UI library. */
const noncePlaceholder = '__CSP_STYLE_NONCE__';

const apiLike = /^\/(api|health)(\/|\?|$)/;
const assetLike = /^\/assets\//;

/** The home page rendered at build time in one language, beside index.html (web/build/prerender.ts). */
const homePageFile = (language: Language) => `home.${language}.html`;

/**
 * Serves the built single-page app and owns the not-found answer: a GET for the home page gets it
 * already rendered in the visitor's language (issue 19 point 11: the language they chose, kept in
 * a cookie, else the one their browser asks for), a GET for another page the client router knows
 * gets index.html; API paths, other methods, and everything when no web app is built get the JSON
 * NOT_FOUND error. A browser without a workplace cookie (WD-22) gets it with its first page, so that
 * its first log-in, by password or by signature, already comes from its workplace: one whose answer
 * is lost is then tried again as the same workplace, not taken for a second one.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string, cookies: CookieOptions): Promise<void> {
  const read = (file: string) => {
    const at = path.join(distDir, file);
    return fs.existsSync(at) ? fs.readFileSync(at, 'utf8') : null;
  };
  const index = read('index.html');
  const homePages = new Map(
    languages.flatMap((language) => {
      const html = read(homePageFile(language));
      return html ? [[language, { html, styleHashes: styleAttributeHashes(html) }] as const] : [];
    }),
  );
  if (index) {
    // Vite fingerprints everything under assets/, so those may be cached for good. One wildcard
    // route serves them: a route per file (255 of the app's 532 routes, with the compressed copies
    // and HEAD) was about a tenth of every start spent in the router.
    await registerPublicPlugin(app, fastifyStatic, {
      root: path.join(distDir, 'assets'),
      prefix: '/assets/',
      wildcard: true,
      index: false,
      cacheControl: false,
      // the build writes .br and .gz beside each asset (web/build/precompress.ts): sent as the browser accepts
      preCompressed: true,
      setHeaders: (res) => res.setHeader('cache-control', 'public, max-age=31536000, immutable'),
    });
    // The few files beside index.html (the icon), a route each; the pages are sent by the
    // not-found handler below, never as the templates they are on disk.
    await registerPublicPlugin(app, fastifyStatic, {
      root: distDir,
      wildcard: false,
      globIgnore: ['assets/**', '*.html'],
      index: false,
      cacheControl: false,
      decorateReply: false,
      setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
    });
  } else {
    app.log.warn({ distDir }, 'web app is not built; serving the API only');
  }
  app.setNotFoundHandler((request, reply) => {
    // a missing asset (a chunk of an older build, say) is a 404, not the app's page in its place
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !apiLike.test(request.url) &&
      !assetLike.test(request.url);
    if (!index || !isPage) return sendError(request, reply, PlatformErrors.NOT_FOUND());
    workplaceOf(request, reply, cookies);
    if (request.url.split('?')[0] === '/') {
      const language = cookieLanguage(request.headers.cookie) ?? request.language;
      const home = homePages.get(language);
      // the same address answers in another language to another visitor
      if (home)
        return sendPage(
          request,
          reply.header('content-language', language).header('vary', 'accept-language, cookie'),
          home.html,
          home.styleHashes,
        );
    }
    return sendPage(request, reply, index);
  });
}

/**
 * A page with its own style nonce (a `<style>` injected by anyone else finds no use for an old
 * one) and the hashes of the `style` attributes in its markup, never taken from a cache without
 * asking, compressed as the browser accepts.
 */
async function sendPage(request: FastifyRequest, reply: FastifyReply, page: string, styleHashes: string[] = []) {
  const nonce = newStyleNonce();
  const body = page.replaceAll(noncePlaceholder, nonce);
  const encoding = pageEncoding(request.headers['accept-encoding']);
  reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', contentSecurityPolicy(nonce, styleHashes))
    .header('vary', [reply.getHeader('vary'), 'accept-encoding'].filter(Boolean).join(', '))
    .type('text/html; charset=utf-8');
  if (!encoding) return reply.send(body);
  return reply.header('content-encoding', encoding).send(await compressPage(body, encoding));
}
