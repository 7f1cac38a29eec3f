export * from './classifier.ts';
