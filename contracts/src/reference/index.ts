export * from './classifier.ts';
export * from './schemas.ts';
export * from './routes.ts';
