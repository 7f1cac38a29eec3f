export * from './nomenclature.ts';
export * from './schemas.ts';
