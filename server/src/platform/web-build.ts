import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { projectRoot, webDist, webRoot } from './paths.ts';

/**
 * `npm start` on a fresh clone must serve the web app without a separate build step, and a
 * developer who pulled new web sources must not be served a stale build. So the app is built
 * when it is missing or older than any of its sources. Vite is only loaded when a build is needed.
 */
export async function ensureWebBuilt(logger: Logger): Promise<'fresh' | 'built'> {
  const builtAt = fs.statSync(path.join(webDist, 'index.html'), { throwIfNoEntry: false })?.mtimeMs;
  const sourcesAt = newestSource();
  if (builtAt !== undefined && (sourcesAt === undefined || builtAt >= sourcesAt)) return 'fresh';
  const started = performance.now();
  logger.info('building the web app');
  const vite = await import('vite').catch(() => {
    throw new Error('the web app is not built and Vite is not installed: run `npm install` and `npm run build`');
  });
  // Built aside and swapped in, so two processes starting at once never serve a half-written app.
  const staging = `${webDist.replace(/\/$/, '')}.build-${process.pid}-${randomUUID().slice(0, 8)}`;
  await vite.build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: staging, emptyOutDir: true },
  });
  swapIn(staging, webDist);
  logger.info({ ms: Math.round(performance.now() - started) }, 'web app built');
  return 'built';
}

function swapIn(staging: string, target: string): void {
  const retired = `${staging}.old`;
  try {
    if (fs.existsSync(target)) fs.renameSync(target, retired);
    fs.renameSync(staging, target);
  } catch (error) {
    // Another process swapped its own fresh build in first; theirs is as good as ours.
    if (!fs.existsSync(path.join(target, 'index.html'))) throw error;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(retired, { recursive: true, force: true });
  }
}

function newestSource(): number | undefined {
  const roots = [
    path.join(webRoot, 'src'),
    path.join(webRoot, 'index.html'),
    path.join(webRoot, 'public'),
    path.join(projectRoot, 'vite.config.ts'),
  ];
  let newest: number | undefined;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else if (newest === undefined || stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  roots.forEach(visit);
  return newest;
}
