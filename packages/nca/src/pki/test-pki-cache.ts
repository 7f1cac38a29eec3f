import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestPki, type TestPki } from './test-pki.ts';
import { loadTestPki, writeTestPki } from './test-pki-files.ts';
import { caNames, plannedHolders, testPassword } from './test-pki-plan.ts';

/**
 * One test PKI shared by every test that asks for it. Vitest runs test files in separate workers
 * with separate module state, so besides the in-process memo the PKI is kept on disk (in the OS
 * temporary folder by default), keyed by its date and by the plan it was made from: a changed
 * plan or a new day makes a new one, never a stale one.
 */
export interface SharedTestPkiOptions {
  /** Defaults to the start of the current UTC day, so one PKI serves a whole day of test runs. */
  now?: Date;
  /** Folder for the on-disk copy, or false to keep it in memory only. */
  cacheDir?: string | false;
}

const memo = new Map<string, Promise<TestPki>>();

export function sharedTestPki(options: SharedTestPkiOptions = {}): Promise<TestPki> {
  const now = options.now ?? startOfUtcDay(new Date());
  // Per user: the temporary folder is shared, and another user's copy is neither writable nor to be trusted.
  const cacheRoot =
    options.cacheDir === false
      ? null
      : (options.cacheDir ?? path.join(os.tmpdir(), `shekara-test-pki-${process.getuid?.() ?? 'user'}`));
  const key = `${planHash()}-${now.toISOString().replace(/[:.]/g, '')}`;
  const memoKey = `${cacheRoot ?? ''}|${key}`;
  let pki = memo.get(memoKey);
  if (!pki) {
    pki = cacheRoot ? fromDiskOrNew(path.join(cacheRoot, key), now) : createTestPki({ now });
    memo.set(memoKey, pki);
    // A failure must not stick: the next caller tries again.
    pki.catch(() => memo.delete(memoKey));
  }
  return pki;
}

async function fromDiskOrNew(dir: string, now: Date): Promise<TestPki> {
  const existed = await fs.stat(dir).then(
    () => true,
    () => false,
  );
  if (existed) {
    try {
      return await loadTestPki(dir);
    } catch {
      // damaged or half-deleted: replaced below
    }
  }
  const pki = await createTestPki({ now });
  // Written beside the target and renamed into place, so a concurrent worker sees all or nothing.
  const staging = `${dir}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeTestPki(pki, staging);
    if (existed) await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(staging, dir);
    await pruneOld(path.dirname(dir), path.basename(dir));
  } catch {
    // Another worker won the race, or the folder is not writable: the PKI in memory is as good.
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
  return pki;
}

const keepFor = 3 * 86_400_000;
const cacheFolderName = /^[0-9a-f]{12}-\d{4}-\d{2}-\d{2}T\d{9}Z(\.\d+-[0-9a-f]{8})?$/;

/** One PKI is made per day: older ones would otherwise pile up in the temporary folder. */
async function pruneOld(root: string, current: string): Promise<void> {
  for (const entry of await fs.readdir(root, { withFileTypes: true })) {
    // Only folders this cache made (and staging leftovers): the cache folder may be the caller's.
    if (!entry.isDirectory() || entry.name === current || !cacheFolderName.test(entry.name)) continue;
    const folder = path.join(root, entry.name);
    const { mtimeMs } = await fs.stat(folder);
    if (Date.now() - mtimeMs > keepFor) await fs.rm(folder, { recursive: true, force: true });
  }
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function planHash(): string {
  const plan = JSON.stringify({ version: 1, plannedHolders, names: caNames('RSA'), testPassword });
  return createHash('sha256').update(plan).digest('hex').slice(0, 12);
}
