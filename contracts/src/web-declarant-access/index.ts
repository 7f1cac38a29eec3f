export * from './application-fields.ts';
export * from './schemas.ts';
export * from './routes.ts';
