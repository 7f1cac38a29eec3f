export * from './markup.ts';
export * from './content-kinds.ts';
export * from './schemas.ts';
export * from './routes.ts';
