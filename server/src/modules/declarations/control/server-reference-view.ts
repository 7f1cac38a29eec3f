import { type ReferenceView, readHsCode } from '@shekara/contracts/declarations/control';
import type { ClassifierName } from '@shekara/contracts/reference';
import { changeGeneration } from '../../../platform/db/change-feed.ts';
import type { Database } from '../../../platform/db/database.ts';
import { controlReferenceTables } from '../../reference/index.ts';
import {
  type ControlReferenceRows,
  controlReferenceStamp,
  type DatedRow,
  loadControlReferenceRows,
} from './repository.ts';

/**
 * The server's reference view: every version of the classifier codes, TN VED codes, customs bodies
 * and their accepted documents, held in memory (some tens of thousands of short rows), so control
 * of a 999-item declaration asks no query. The tables stay the truth, as for the TN VED search
 * index and the rates copy: the copy is read again after one of them changed — this process's
 * write, or any node's, heard as it commits (platform/db/change-feed.ts) — and when a look at the
 * tables every 30 s finds them changed; that look runs in the background and the request is
 * answered from the copy it has.
 */
const inForce = (row: DatedRow, date: string) => row.validFrom <= date && (row.validTo === null || row.validTo >= date);
// A plain boolean, not boolean | undefined: the callers return it as one.
const anyInForce = (rows: readonly DatedRow[] | undefined, date: string): boolean =>
  rows?.some((row) => inForce(row, date)) ?? false;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

let builds = 0;

export class ControlReferenceCopy implements ReferenceView {
  /** which build this is: answers derived from a copy (the browser's snapshot) are keyed on it */
  readonly version = ++builds;
  /** classifier → code → versions */
  readonly classifiers: Map<string, Map<string, DatedRow[]>>;
  /** TN VED code (chapter to subheading) → versions */
  readonly nomenclature: Map<string, DatedRow[]>;
  /** 10-digit code → versions of the lines below it (few codes have any) */
  readonly below10: Map<string, DatedRow[]>;
  readonly bodies: Map<string, (DatedRow & { kind: string })[]>;
  readonly acceptances: Map<string, (DatedRow & { documentKind: string })[]>;

  constructor(rows: ControlReferenceRows) {
    this.classifiers = new Map(
      [...groupBy(rows.classifierItems, (r) => r.classifier)].map(([name, items]) => [
        name,
        groupBy(items, (r) => r.code),
      ]),
    );
    this.nomenclature = groupBy(rows.nomenclature, (r) => r.code);
    this.below10 = groupBy(
      rows.nomenclature.filter((r) => r.parentCode?.length === 10),
      (r) => r.parentCode!,
    );
    this.bodies = groupBy(rows.bodies, (r) => r.code);
    // in code order, so the server and the browser's snapshot list a body's documents alike
    this.acceptances = groupBy(
      [...rows.acceptances].sort((a, b) =>
        a.documentKind < b.documentKind ? -1 : a.documentKind > b.documentKind ? 1 : 0,
      ),
      (r) => r.bodyCode,
    );
  }

  inClassifier(name: ClassifierName, code: string, date: string): boolean {
    return anyInForce(this.classifiers.get(name)?.get(code), date);
  }

  /** A 10-digit line in force with no line below it in force. */
  isSubheading(code: string, date: string): boolean {
    return (
      code.length === 10 && anyInForce(this.nomenclature.get(code), date) && !anyInForce(this.below10.get(code), date)
    );
  }

  /** A code in force with lines below it: a chapter, heading or shorter subheading, or a 10-digit code with lines below. */
  isGroup(code: string, date: string): boolean {
    if (!anyInForce(this.nomenclature.get(code), date)) return false;
    return code.length < 10 || anyInForce(this.below10.get(code), date);
  }

  hsCode(code: string, date: string): 'subheading' | 'group' | 'unknown' {
    return readHsCode(
      code,
      (c) => this.isSubheading(c, date),
      (c) => this.isGroup(c, date),
    );
  }

  customsBody(code: string, date: string): { kind: string; accepts: readonly string[] } | null {
    const body = this.bodies.get(code)?.find((row) => inForce(row, date));
    if (!body) return null;
    const accepts = (this.acceptances.get(code) ?? [])
      .filter((row) => inForce(row, date))
      .map((row) => row.documentKind);
    return { kind: body.kind, accepts };
  }
}

const recheckMs = 30_000;

interface Held {
  copy: Promise<ControlReferenceCopy>;
  stamp: string;
  generation: number;
  checkedAt: number;
  checking: boolean;
}

const held = new WeakMap<Database, Held>();

async function build(db: Database): Promise<{ copy: ControlReferenceCopy; stamp: string }> {
  const stamp = await controlReferenceStamp(db);
  return { copy: new ControlReferenceCopy(await loadControlReferenceRows(db)), stamp };
}

/** The copy of a database's reference data for control, built on first use and kept fresh as described above. */
export async function controlReferenceCopy(db: Database, now = Date.now()): Promise<ControlReferenceCopy> {
  const current = held.get(db);
  const generation = changeGeneration(db, controlReferenceTables);
  if (!current || current.generation !== generation) {
    const built = build(db);
    const entry: Held = { copy: built.then((b) => b.copy), stamp: '', generation, checkedAt: now, checking: false };
    held.set(db, entry);
    try {
      entry.stamp = (await built).stamp;
    } catch (error) {
      if (held.get(db) === entry) held.delete(db);
      throw error;
    }
    return entry.copy;
  }
  if (now - current.checkedAt > recheckMs && !current.checking) {
    current.checking = true;
    current.checkedAt = now;
    void controlReferenceStamp(db)
      .then(async (stamp) => {
        if (stamp === current.stamp) return;
        const rebuilt = await build(db);
        if (held.get(db) === current)
          held.set(db, { ...current, copy: Promise.resolve(rebuilt.copy), stamp: rebuilt.stamp, checking: false });
      })
      .catch(() => {})
      .finally(() => {
        current.checking = false;
      });
  }
  return current.copy;
}

/** The reference view control runs on at the server (drafts' /check, submission). */
export function serverReferenceView(db: Database): Promise<ReferenceView> {
  return controlReferenceCopy(db);
}
