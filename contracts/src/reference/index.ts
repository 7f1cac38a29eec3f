export * from './classifier.ts';
export * from './routes.ts';
export * from './schemas.ts';
