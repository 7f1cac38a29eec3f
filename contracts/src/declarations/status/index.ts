export * from './machine.ts';
export * from './names.ts';
