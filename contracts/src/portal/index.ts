export * from './markup.ts';
