export * from './kinds.ts';
export * from './routes.ts';
export * from './schemas.ts';
