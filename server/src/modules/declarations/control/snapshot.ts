import type { ControlSnapshot } from '@shekara/contracts/declarations/control';
import type { ControlReferenceCopy } from './server-reference-view.ts';

/**
 * The browser's copy of what control needs for one date (schemas.ts, controlSnapshot), from the
 * server's copy: codes only, sorted, so equal data gives equal bytes and the same ETag.
 */
const inForce = (row: { validFrom: string; validTo: string | null }, date: string) =>
  row.validFrom <= date && (row.validTo === null || row.validTo >= date);

function codesInForce(
  versions: Map<string, readonly { validFrom: string; validTo: string | null }[]>,
  date: string,
): string[] {
  const codes: string[] = [];
  for (const [code, rows] of versions) if (rows.some((row) => inForce(row, date))) codes.push(code);
  return codes.sort();
}

export function buildControlSnapshot(copy: ControlReferenceCopy, date: string): ControlSnapshot {
  const classifiers: Record<string, string[]> = {};
  for (const name of [...copy.classifiers.keys()].sort())
    classifiers[name] = codesInForce(copy.classifiers.get(name)!, date);
  const subheadings: string[] = [];
  const groups: string[] = [];
  for (const code of codesInForce(copy.nomenclature, date)) {
    if (copy.isSubheading(code, date)) subheadings.push(code);
    // chapters are left out: a code is read as a group down to its heading (reference-view.ts, readHsCode)
    else if (code.length >= 4 && copy.isGroup(code, date)) groups.push(code);
  }
  const bodies = codesInForce(copy.bodies, date).map((code) => {
    const body = copy.customsBody(code, date)!;
    return { code, kind: body.kind, accepts: [...body.accepts] };
  });
  return { date, classifiers, subheadings, groups, bodies };
}
