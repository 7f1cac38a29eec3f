export * from './canonical-json.ts';
export * from './file-name.ts';
export * from './iin-bin.ts';
