export * from './application-fields.ts';
export * from './journal.ts';
export * from './routes.ts';
export * from './schemas.ts';
