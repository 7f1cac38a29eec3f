export * from './content-kinds.ts';
export * from './markup.ts';
export * from './routes.ts';
export * from './schemas.ts';
