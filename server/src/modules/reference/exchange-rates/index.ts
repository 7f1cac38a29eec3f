export { exchangeRateRoutes } from './routes.ts';
export { loadExchangeRateDemoData } from './load-demo-data.ts';
export { ratesInForce } from './repository.ts';
export { importExchangeRates } from './import-exchange-rates.ts';
export { startExchangeRatesJob, type ExchangeRatesJob } from './daily-job.ts';
export { registerExchangeRatesImport } from './cli.ts';
