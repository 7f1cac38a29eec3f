export * from './document-kinds.ts';
export * from './schemas.ts';
