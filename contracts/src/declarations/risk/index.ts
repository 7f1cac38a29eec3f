export * from './conditions.ts';
export * from './routes.ts';
export * from './schemas.ts';
