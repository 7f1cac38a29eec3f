export * from './confirmation.ts';
export * from './routes.ts';
export * from './schemas.ts';
