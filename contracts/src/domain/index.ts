export * from './iin-bin.ts';
export * from './canonical-json.ts';
