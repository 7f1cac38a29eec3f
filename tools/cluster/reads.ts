import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type HttpSession,
  type LoadBrowser,
  type LoadDeclarant,
  logInOverHttp,
} from '../../server/src/testing/submission-load.ts';
import { Balancer } from './balancer.ts';

/** The public reads a visitor makes: reference data, the TN VED search, the customs offices. */
const publicReads = [
  '/api/v1/reference/classifiers/countries',
  '/api/v1/reference/tnved?q=%D0%BC%D1%8F%D1%81%D0%BE',
  '/api/v1/reference/customs-offices',
  '/api/v1/reference/exchange-rates',
];

export interface ReadsServed {
  served: number;
  failed: number;
  firstFailure?: string;
}

/** Two readers through the balancer until `deadline`: what was served, and what failed even on another node. */
export async function readEverywhere(nodes: readonly string[], deadline: number): Promise<ReadsServed> {
  const balancer = new Balancer(nodes);
  const result: ReadsServed = { served: 0, failed: 0 };
  const reader = async (offset: number) => {
    for (let index = offset; performance.now() < deadline; index++) {
      const route = publicReads[index % publicReads.length]!;
      try {
        const status = await balancer.send(async (url) => {
          const response = await fetch(`${url}${route}`, { signal: AbortSignal.timeout(5_000) });
          await response.arrayBuffer();
          return response.status;
        }, 10_000);
        if (status === 200) result.served++;
        else {
          result.failed++;
          result.firstFailure ??= `${route}: ${status}`;
        }
      } catch (error) {
        result.failed++;
        result.firstFailure ??= `${route}: ${(error as Error).message}`;
      }
    }
  };
  await Promise.all([reader(0), reader(1)]);
  return result;
}

export interface LogIns {
  done: number;
  failed: number;
  firstFailure?: string;
}

/**
 * A browser of each declarant, each having logged in and out once on the first node before the
 * faults begin: from then on its log-ins carry its workplace cookie, as a returning browser's do.
 */
export async function browsersOf(node: string, declarants: readonly LoadDeclarant[]): Promise<LoadingBrowser[]> {
  return Promise.all(
    declarants.map(async (declarant) => {
      const browser: LoadingBrowser = { declarant };
      const session = await logInOverHttp(node, declarant, browser);
      const status = await logOut(node, session);
      if (status !== 204) throw new Error(`log-out answered ${status}`);
      return browser;
    }),
  );
}

export interface LoadingBrowser extends LoadBrowser {
  declarant: LoadDeclarant;
}

async function logOut(url: string, session: HttpSession): Promise<number> {
  const response = await fetch(`${url}/api/v1/auth/logout`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    signal: AbortSignal.timeout(5_000),
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * Log-ins by signature until `deadline`, each on the next node and its log-out on the node after
 * it: the session made on one node is the cluster's. A request whose node died under it is sent
 * again to another node, as a browser's user would send it again: a log-in from the same browser
 * replaces the session the lost answer carried; a log-out whose lost answer had ended the session
 * finds it ended (401), which is what was asked.
 */
export async function logInsEverywhere(
  nodes: readonly string[],
  browsers: readonly LoadingBrowser[],
  deadline: number,
): Promise<LogIns> {
  const balancer = new Balancer(nodes);
  const result: LogIns = { done: 0, failed: 0 };
  for (let index = 0; performance.now() < deadline; index++) {
    const browser = browsers[index % browsers.length]!;
    try {
      const session = await balancer.send((url) => logInOverHttp(url, browser.declarant, browser));
      let tries = 0;
      const status = await balancer.send((url) => {
        tries++;
        return logOut(url, session);
      });
      if (status >= 400 && !(status === 401 && tries > 1)) throw new Error(`log-out answered ${status}`);
      result.done++;
    } catch (error) {
      result.failed++;
      result.firstFailure ??= (error as Error).message.slice(0, 300);
    }
  }
  return result;
}

export interface ReferenceChange {
  /** milliseconds from the change's commit until the slowest node showed it, or null if one never did */
  slowestMs: number | null;
  perNode: (number | null)[];
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A reference change made as an operator makes it — the National Bank's rates of a day imported
 * with `shekara reference import exchange-rates` on the primary — then each node asked for that
 * day's rates every 20 ms until it shows the new one (at most 5 s).
 */
export async function referenceChangeSeenIn(
  databaseUrl: string,
  nodes: readonly string[],
  day: `${number}-${number}-${number}`,
): Promise<ReferenceChange> {
  const rate = (400 + Math.random() * 100).toFixed(2);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-cluster-rates-')), 'rates.xml');
  fs.writeFileSync(
    file,
    `<rates><date>${day.split('-').reverse().join('.')}</date><item><title>USD</title><description>${rate}</description><quant>1</quant></item></rates>`,
  );
  const shows = async (url: string) => {
    const response = await fetch(`${url}/api/v1/reference/exchange-rates?date=${day}`, {
      signal: AbortSignal.timeout(2_000),
    });
    if (response.status !== 200) return false;
    // the answer writes a rate as the National Bank does, without trailing zeros (412.50 → 412.5)
    const { rates } = (await response.json()) as { rates: { currency: string; rate: string }[] };
    return rates.some((shown) => shown.currency === 'USD' && Number(shown.rate) === Number(rate));
  };
  // each node has the day's rates in memory (or its answer cached) before the change
  for (const url of nodes) await shows(url).catch(() => false);
  execFileSync(process.execPath, ['bin/shekara.mjs', 'reference', 'import', 'exchange-rates', '--file', file], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const committed = performance.now();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const perNode = await Promise.all(
    nodes.map(async (url) => {
      while (performance.now() - committed < 5_000) {
        if (await shows(url).catch(() => false)) return performance.now() - committed;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return null;
    }),
  );
  return { perNode, slowestMs: perNode.includes(null) ? null : Math.max(...(perNode as number[])) };
}
