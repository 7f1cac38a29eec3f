import type { TariffMeasure } from '@shekara/contracts/reference/tariffs';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import type { ImportSummary, Progress } from '../importing/import-report.ts';
import { planTariffImport } from './plan-import.ts';
import { refreshRateStatistics, storedVersions, writeVersions } from './repository.ts';
import type { TariffFile, TariffRow } from './tariff-row.ts';

/** Codes compared and written per round: bounds memory and lets the progress bar move. */
const codesPerBatch = 2000;

/**
 * Imports a tariff file in one transaction with its audit record (issue 5 point 3): added,
 * changed and unchanged rows by `planTariffImport`, rejected rows with their reasons. Running it
 * again on the same file changes nothing.
 */
export async function importTariff(
  db: Database,
  clock: Clock,
  file: TariffFile,
  options: { fileName?: string; progress?: Progress } = {},
): Promise<ImportSummary> {
  const summary = await db.transaction(async (tx) => {
    const result = await applyTariffRows(tx, file.rows, options.progress);
    await refreshRateStatistics(tx);
    const summary: ImportSummary = { what: file.what, ...result, rejected: [...file.rejected, ...result.rejected] };
    await recordAudit(tx, clock.now(), {
      action: 'reference.tariff.import',
      outcome: 'success',
      subjectType: 'tariff',
      subjectId: [...new Set(file.rows.map((row) => row.measure))].join(',') || 'none',
      details: {
        what: file.what,
        file: options.fileName ?? null,
        added: summary.added,
        changed: summary.changed,
        unchanged: summary.unchanged,
        rejected: summary.rejected.length,
      },
    });
    return summary;
  });
  options.progress?.finish();
  return summary;
}

/** Compares rows with the stored versions and writes the difference, batch by batch of codes. */
export async function applyTariffRows(
  tx: Queryable,
  rows: readonly TariffRow[],
  progress?: Progress,
): Promise<Omit<ImportSummary, 'what'>> {
  const byCode = new Map<string, TariffRow[]>();
  for (const row of rows) {
    const list = byCode.get(row.code);
    if (list) list.push(row);
    else byCode.set(row.code, [row]);
  }
  const codes = [...byCode.keys()];
  const measures = [...new Set(rows.map((row) => row.measure))] as TariffMeasure[];
  const total = { added: 0, changed: 0, unchanged: 0, rejected: [] as ImportSummary['rejected'] };
  let done = 0;
  for (let start = 0; start < codes.length; start += codesPerBatch) {
    const batch = codes.slice(start, start + codesPerBatch);
    const batchRows = batch.flatMap((code) => byCode.get(code)!);
    const plan = planTariffImport(await storedVersions(tx, measures, batch), batchRows);
    await writeVersions(tx, plan.rewrites, plan.inserts);
    total.added += plan.added;
    total.changed += plan.changed;
    total.unchanged += plan.unchanged;
    total.rejected.push(...plan.rejected);
    done += batchRows.length;
    progress?.update(done, rows.length);
  }
  return total;
}
