import type { RateTerms } from '@shekara/contracts/reference/tariffs';
import type { RejectedRow } from '../importing/import-report.ts';
import { addDays } from '../working-days.ts';
import type { RateRewrite, RateVersion, StoredRate } from './repository.ts';
import type { TariffRow } from './tariff-row.ts';

export interface ImportPlan {
  inserts: RateVersion[];
  rewrites: RateRewrite[];
  added: number;
  changed: number;
  unchanged: number;
  rejected: RejectedRow[];
}

type Version = RateVersion & { id: number | null };

/**
 * Decides what an import changes, as a plain function of what is stored and what the file says
 * (issue 5 point 3). For each code (and origin) a row from day F:
 * - equals the version in force on F → unchanged (so importing a file twice changes nothing);
 * - differs from it → that version is closed the day before F and a new one opens on F (or, when
 *   it too began on F, it is corrected in place), so lookups at earlier dates still see the old rate;
 * - finds none in force → added.
 * A new version never runs into a later stored one: it ends the day before. Rows a file gives
 * twice for one code are reported, and rows that contradict each other are all refused — which
 * of two rates is right is not guessed. Rows absent from the file leave stored versions alone.
 */
export function planTariffImport(stored: readonly StoredRate[], rows: readonly TariffRow[]): ImportPlan {
  const rejected: RejectedRow[] = [];
  const accepted = withoutContradictions(rows, rejected);

  const versionsByKey = new Map<string, Version[]>();
  const originals = new Map<number, StoredRate>();
  for (const version of stored) {
    originals.set(version.id, version);
    listFor(versionsByKey, keyOf(version)).push({ ...version });
  }

  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const row of [...accepted].sort((a, b) =>
    a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0,
  )) {
    const versions = listFor(versionsByKey, keyOf(row));
    versions.sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
    const inForce = versions.find(
      (v) => v.validFrom <= row.validFrom && (v.validTo === null || v.validTo >= row.validFrom),
    );
    const next = versions.find((v) => v.validFrom > row.validFrom);
    const end = earlier(row.validTo, next ? addDays(next.validFrom, -1) : null);
    if (!inForce) {
      versions.push({ ...versionOf(row), validTo: end, id: null });
      added++;
    } else if (sameTerms(inForce, row)) {
      if (inForce.validTo === end) unchanged++;
      else {
        inForce.validTo = end;
        changed++;
      }
    } else if (inForce.validFrom === row.validFrom) {
      Object.assign(inForce, versionOf(row), { validTo: end });
      changed++;
    } else {
      inForce.validTo = addDays(row.validFrom, -1);
      versions.push({ ...versionOf(row), validTo: end, id: null });
      changed++;
    }
  }

  const inserts: RateVersion[] = [];
  const rewrites: RateRewrite[] = [];
  for (const versions of versionsByKey.values()) {
    for (const { id, ...version } of versions) {
      if (id === null) inserts.push(version);
      else if (differs(originals.get(id)!, version)) rewrites.push({ id, ...version });
    }
  }
  return { inserts, rewrites, added, changed, unchanged, rejected };
}

/** Drops repeated rows (reporting them) and refuses every row of a code whose rows overlap with different rates. */
function withoutContradictions(rows: readonly TariffRow[], rejected: RejectedRow[]): TariffRow[] {
  const byKey = new Map<string, TariffRow[]>();
  for (const row of rows) listFor(byKey, keyOf(row)).push(row);
  const accepted: TariffRow[] = [];
  for (const group of byKey.values()) {
    const kept: TariffRow[] = [];
    const contradicted = new Set<TariffRow>();
    for (const row of group) {
      const twin = kept.find((k) => sameTerms(k, row) && k.validFrom === row.validFrom && k.validTo === row.validTo);
      if (twin) {
        rejected.push({ line: row.line, reason: `repeats the rate of ${row.code} at ${twin.line}`, text: row.text });
        continue;
      }
      for (const other of kept) {
        if (overlap(other, row)) {
          contradicted.add(other);
          contradicted.add(row);
        }
      }
      kept.push(row);
    }
    for (const row of kept) {
      if (!contradicted.has(row)) {
        accepted.push(row);
        continue;
      }
      const others = kept.filter((k) => k !== row && contradicted.has(k) && overlap(k, row));
      const said = others.map((k) => `${k.line} says "${k.text}" from ${k.validFrom}`).join('; ');
      rejected.push({
        line: row.line,
        reason: `contradicts another row for ${row.code}${row.origin ? ` from ${row.origin}` : ''} over the same days (${said})`,
        text: row.text,
      });
    }
  }
  return accepted;
}

function keyOf(rate: { measure: string; code: string; origin: string | null }): string {
  return `${rate.measure}|${rate.code}|${rate.origin ?? ''}`;
}

function listFor<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function versionOf(row: TariffRow): RateVersion {
  return {
    measure: row.measure,
    code: row.code,
    origin: row.origin,
    kind: row.kind,
    percent: row.percent,
    amount: row.amount,
    currency: row.currency,
    unit: row.unit,
    text: row.text,
    validFrom: row.validFrom,
    validTo: row.validTo,
    source: row.source,
  };
}

export function sameTerms(a: RateTerms, b: RateTerms): boolean {
  return (
    a.kind === b.kind &&
    a.percent === b.percent &&
    a.amount === b.amount &&
    a.currency === b.currency &&
    a.unit === b.unit
  );
}

function overlap(
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
): boolean {
  return (a.validTo === null || a.validTo >= b.validFrom) && (b.validTo === null || b.validTo >= a.validFrom);
}

/** The earlier of two last days, null meaning open-ended. */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function differs(before: StoredRate, after: RateVersion): boolean {
  return (
    !sameTerms(before, after) ||
    before.validFrom !== after.validFrom ||
    before.validTo !== after.validTo ||
    before.text !== after.text
  );
}
