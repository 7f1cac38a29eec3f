import type { RatesAtDate } from '@shekara/contracts/reference/tariffs';
import { changeGeneration } from '../../../platform/db/change-feed.ts';
import type { Database } from '../../../platform/db/database.ts';
import { tariffTables } from '../copied-tables.ts';
import { allRateVersions, type RateInForce, ratesStamp } from './repository.ts';

/**
 * The rates held in memory for the TN VED search path (issue 5 point 6): every version of every
 * rate (the full tariff is ~13,000 rows, a few megabytes), so a search's rates cost no query. The
 * tables stay the truth: the copy is read again after the rates changed — this process's write, or
 * any node's, heard as it commits (platform/db/change-feed.ts) — and when a look at the tables
 * every 30 s finds them changed (a write no notification told of).
 */
type Version = RateInForce & { validFrom: string; validTo: string | null };

export interface RatesCopy {
  byCode: Map<string, Version[]>;
  vat: { percent: string; validFrom: string; validTo: string | null }[];
}

interface Held {
  copy: Promise<RatesCopy>;
  writes: number;
  stamp: Promise<string>;
  checkedAt: number;
}

const recheckMs = 30_000;
const held = new WeakMap<Database, Held>();

async function read(db: Database): Promise<RatesCopy> {
  const { rates, vat } = await allRateVersions(db);
  const byCode = new Map<string, Version[]>();
  for (const version of rates) {
    const list = byCode.get(version.code);
    if (list) list.push(version);
    else byCode.set(version.code, [version]);
  }
  return { byCode, vat: vat.sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1)) };
}

export async function ratesCopy(db: Database): Promise<RatesCopy> {
  const now = Date.now();
  const writes = changeGeneration(db, tariffTables);
  let entry = held.get(db);
  if (entry && entry.writes === writes && now - entry.checkedAt < recheckMs) return entry.copy;
  if (entry && entry.writes === writes) {
    // Time to look: unchanged tables keep the copy.
    entry.checkedAt = now;
    const [known, current] = await Promise.all([entry.stamp, ratesStamp(db)]);
    if (known === current) return entry.copy;
  }
  const stamp = ratesStamp(db);
  entry = { copy: stamp.then(() => read(db)), writes, stamp, checkedAt: now };
  held.set(db, entry);
  entry.copy.catch(() => held.delete(db));
  return entry.copy;
}

const inForce = (v: { validFrom: string; validTo: string | null }, date: string) =>
  v.validFrom <= date && (v.validTo === null || v.validTo >= date);

/** The same answer as ratesInForce (repository.ts), from the copy. */
export function ratesInForceFrom(
  copy: RatesCopy,
  codes: readonly string[],
  date: string,
): { rates: RateInForce[]; vat: RatesAtDate['vat'] } {
  const rates: RateInForce[] = [];
  for (const code of codes) {
    for (const version of copy.byCode.get(code) ?? []) {
      if (inForce(version, date)) rates.push({ measure: version.measure, code: version.code, rate: version.rate });
    }
  }
  const vat = copy.vat.find((v) => inForce(v, date));
  return { rates, vat: vat ? { percent: vat.percent, validFrom: vat.validFrom } : null };
}
