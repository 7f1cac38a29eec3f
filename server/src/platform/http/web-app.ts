import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { PlatformErrors } from '../errors.ts';
import { registerPublicPlugin } from './access-control.ts';
import { sendError } from './error-handler.ts';
import { contentSecurityPolicy, newStyleNonce } from './security-headers.ts';

/** Where index.html carries the page's style nonce, for the web app to hand its UI library. */
const noncePlaceholder = '__CSP_STYLE_NONCE__';

const apiLike = /^\/(api|health)(\/|\?|$)/;

/**
 * Serves the built single-page app and owns the not-found answer: a GET for a page the client
 * router knows gets index.html; API paths, other methods, and everything when no web app is
 * built get the JSON NOT_FOUND error.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const index = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : null;
  if (index) {
    await registerPublicPlugin(app, fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // the build writes .br and .gz beside each asset (web/build/precompress.ts): sent as the browser accepts
      preCompressed: true,
      // Vite fingerprints everything under assets/, so those may be cached for good.
      setHeaders: (res, filePath) =>
        res.setHeader(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  } else {
    app.log.warn({ distDir }, 'web app is not built; serving the API only');
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !apiLike.test(request.url);
    if (!index || !isPage) return sendError(request, reply, PlatformErrors.NOT_FOUND());
    // Each page its own nonce: a `<style>` injected by anyone else finds no use for an old one.
    const nonce = newStyleNonce();
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', contentSecurityPolicy(nonce))
      .type('text/html; charset=utf-8')
      .send(index.replaceAll(noncePlaceholder, nonce));
  });
}
