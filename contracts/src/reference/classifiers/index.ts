export * from './schemas.ts';
export * from './document-kinds.ts';
