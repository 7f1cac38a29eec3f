export { startExchangeRatesJob } from './daily-job.ts';

export { exchangeRateRoutes } from './routes.ts';
