export * from './conditions.ts';
export * from './schemas.ts';
export * from './routes.ts';
