export * from './canonical-json.ts';
export * from './iin-bin.ts';
