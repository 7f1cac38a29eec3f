import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import { projectRoot, webDist, webRoot } from './paths.ts';

const run = promisify(execFile);

/**
 * `npm start` on a fresh clone must serve the web app without a separate build step, and a
 * developer who pulled new web sources must not be served a stale build. So the app is built
 * when it is missing or older than any of its sources, by Vite in a process of its own.
 */
export async function ensureWebBuilt(logger: Logger): Promise<'fresh' | 'built'> {
  const builtAt = fs.statSync(path.join(webDist, 'index.html'), { throwIfNoEntry: false })?.mtimeMs;
  const sourcesAt = newestSource();
  if (builtAt !== undefined && (sourcesAt === undefined || builtAt >= sourcesAt)) return 'fresh';
  const started = performance.now();
  logger.info('building the web app');
  // Built aside and swapped in, so two processes starting at once never serve a half-written app.
  const staging = `${webDist.replace(/\/$/, '')}.build-${process.pid}-${randomUUID().slice(0, 8)}`;
  await viteBuild(staging);
  swapIn(staging, webDist);
  logger.info({ ms: Math.round(performance.now() - started) }, 'web app built');
  return 'built';
}

/**
 * Vite in a process of its own with NODE_ENV=production: Vite and React take NODE_ENV from the
 * environment, and a server started under another (a test runner's `test`, a developer's
 * `development`) would otherwise build, and then keep serving, React's development build, several
 * times slower in every browser that loads it.
 */
async function viteBuild(outDir: string): Promise<void> {
  let viteBin: string;
  try {
    viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    throw new Error('the web app is not built and Vite is not installed: run `npm install` and `npm run build`');
  }
  const args = [viteBin, 'build', '--config', path.join(projectRoot, 'vite.config.ts'), '--outDir', outDir];
  try {
    await run(process.execPath, [...args, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`the web app did not build:\n${stderr || stdout || (error as Error).message}`);
  }
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
    path.join(webRoot, 'build'),
    // the browser runs the contracts' models, control rules and formats too
    path.join(projectRoot, 'contracts', 'src'),
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
