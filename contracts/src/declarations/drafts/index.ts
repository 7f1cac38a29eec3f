export * from './attachment-type.ts';
export * from './routes.ts';
export * from './schemas.ts';
