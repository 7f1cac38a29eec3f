import type { Database } from '../../platform/db/database.ts';
import { loadClassifierDemoData } from './classifiers/load-demo-data.ts';
import { loadCustomsOfficeDemoData } from './customs-offices/load-demo-data.ts';
import { calendarDays } from './demo-data/calendar.ts';
import { customsBodies } from './demo-data/customs-bodies.ts';
import { regions } from './demo-data/regions.ts';
import { loadExchangeRateDemoData } from './exchange-rates/load-demo-data.ts';
import { type UpsertCounts, upsertCalendarDays, upsertCustomsBodies, upsertRegions } from './repository.ts';
import { loadTariffDemoData } from './tariffs/load-demo-data.ts';
import { loadNomenclatureDemoData } from './tnved/load-demo-data.ts';

/** Loads the reference module's bundled data in one transaction; running it again changes nothing. */
export async function loadReferenceDemoData(db: Database): Promise<Record<string, UpsertCounts>> {
  return db.transaction(async (tx) => ({
    regions: await upsertRegions(tx, regions),
    customsBodies: await upsertCustomsBodies(tx, customsBodies),
    calendarDays: await upsertCalendarDays(tx, calendarDays),
    nomenclature: await loadNomenclatureDemoData(tx),
    classifierItems: await loadClassifierDemoData(tx),
    customsOfficeDocumentKinds: await loadCustomsOfficeDemoData(tx),
    exchangeRates: await loadExchangeRateDemoData(tx),
    tariffRates: await loadTariffDemoData(tx),
  }));
}
