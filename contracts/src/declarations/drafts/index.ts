export * from './schemas.ts';
export * from './attachment-type.ts';
