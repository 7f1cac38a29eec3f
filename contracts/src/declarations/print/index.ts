export * from './receipt-summary.ts';
export * from './routes.ts';
export * from './schemas.ts';
