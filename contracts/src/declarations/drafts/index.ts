export * from './schemas.ts';
export * from './attachment-type.ts';
export * from './routes.ts';
