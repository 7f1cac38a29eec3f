export * from './schemas.ts';
export * from './nomenclature.ts';
