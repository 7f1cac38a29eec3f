export { registerExchangeRatesImport } from './cli.ts';
export { type ExchangeRatesJob, startExchangeRatesJob } from './daily-job.ts';
export { importExchangeRates } from './import-exchange-rates.ts';
export { loadExchangeRateDemoData } from './load-demo-data.ts';
export { ratesInForce } from './repository.ts';
export { exchangeRateRoutes } from './routes.ts';
