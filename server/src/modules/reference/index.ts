import type { ModuleDescriptor } from '../../platform/module.ts';
import { classifierRoutes } from './classifiers/index.ts';
import { customsOfficeRoutes } from './customs-offices/index.ts';
import { exchangeRateRoutes, startExchangeRatesJob } from './exchange-rates/index.ts';
import { loadReferenceDemoData } from './load-demo-data.ts';
import { referenceRoutes } from './routes.ts';
import { nomenclatureRoutes } from './tnved/index.ts';
import { warmUpReference } from './warm-up.ts';

export type { CustomsBody } from '@shekara/contracts/reference';

export { AnswerCache } from './answer-cache.ts';
// The bundled demo data, which the declarations module's demo documents and samples are made of.
export { bundledClassifiers } from './classifiers/bundled.ts';
export { upsertClassifierItems } from './classifiers/repository.ts';
export { controlReferenceTables, exchangeRateTables } from './copied-tables.ts';
export { documentAcceptances as demoDocumentAcceptances } from './customs-offices/demo-data.ts';
export { customsBodies as demoCustomsBodies } from './demo-data/customs-bodies.ts';
export { demoRates as demoExchangeRates } from './exchange-rates/demo-data.ts';
// The calculation of customs payments reads the tariff and the exchange rates of the day.
export { ratesInForce as exchangeRatesInForce } from './exchange-rates/repository.ts';
export { loadReferenceDemoData } from './load-demo-data.ts';
export {
  departmentOfBody,
  findCustomsBody,
  findRegion,
  loadCalendar,
  territorialDepartmentOf,
} from './repository.ts';
export { sendAnswer, serialiseAnswer } from './routes.ts';
export { demoRates as demoTariffRates } from './tariffs/demo-data.ts';
export { ratesAt } from './tariffs/index.ts';
// A payment's rate is kept as the tariff writes it: a printed form reads it to write it in its own language.
export { parseRate } from './tariffs/parse-rate.ts';
export {
  demoEditionFrom as demoNomenclatureEditionFrom,
  demoLines as demoNomenclatureLines,
} from './tnved/demo-data.ts';
export { addDays, almatyDate, type Calendar } from './working-days.ts';

/** Reference data (issue 5): customs bodies, calendar, TN VED, tariffs, classifiers, exchange rates. */
export const referenceModule: ModuleDescriptor = {
  name: 'reference',
  // Every route here is public and reads only: their queries go to a read replica when one is configured.
  async routes(app, { db, publicReads: reads, clock }) {
    await app.register(referenceRoutes, { reads });
    await app.register(nomenclatureRoutes, { db, reads, clock });
    for (const routes of [classifierRoutes, customsOfficeRoutes, exchangeRateRoutes])
      await app.register(routes, { db, reads, clock });
  },
  jobs({ db, clock, logger, config }) {
    const { exchangeRatesUrl: urlTemplate, exchangeRatesDailyAt: dailyAt } = config.reference;
    return dailyAt ? [startExchangeRatesJob({ db, clock, logger, urlTemplate, dailyAt })] : [];
  },
  // The search index and the rates copy are built right after start, not at the first request.
  warmUp: ({ db }) => [
    {
      run: () => warmUpReference(db),
      notBuilt: 'reference search index not built ahead; it is built at the first search',
    },
  ],
  demoData: loadReferenceDemoData,
};

// for the registers' CSV import, which reads and reports files as the reference imports do
export { formatSummary, type ImportSummary, type RejectedRow } from './importing/import-report.ts';
export { splitLine } from './tariffs/read-tariff-csv.ts';
export { isDate } from './tariffs/tariff-row.ts';
