export * from './classifier.ts';
export * from './schemas.ts';
