import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { demoRates, demoVatRates } from './demo-data.ts';
import { applyTariffRows } from './import-tariff.ts';
import { parseRate } from './parse-rate.ts';
import { upsertVatRates } from './repository.ts';
import type { TariffRow } from './tariff-row.ts';

/**
 * Loads the bundled rates and VAT rates through the same comparison as an import, so a restart
 * changes nothing and an operator's later import of the same code takes over from its date.
 */
export async function loadTariffDemoData(tx: Queryable): Promise<UpsertCounts> {
  const rates = await applyTariffRows(tx, demoRows());
  if (rates.rejected.length > 0) throw new Error(`bundled tariff rates refused: ${JSON.stringify(rates.rejected)}`);
  const vat = await upsertVatRates(tx, demoVatRates);
  return {
    added: rates.added + vat.added,
    changed: rates.changed + vat.changed,
    unchanged: rates.unchanged + vat.unchanged,
  };
}

export function demoRows(): TariffRow[] {
  return demoRates.map((demo, index) => {
    const parsed = parseRate(demo.rate);
    if (!parsed.ok) throw new Error(`bundled rate ${demo.code} "${demo.rate}": ${parsed.reason}`);
    return {
      line: `demoRates[${index}]`,
      measure: demo.measure,
      code: demo.code,
      origin: demo.origin ?? null,
      ...parsed.rate,
      text: demo.rate,
      validFrom: demo.validFrom,
      validTo: demo.validTo ?? null,
      source: 'demo',
    };
  });
}
