export * from './password-rule.ts';
export * from './user-types.ts';
export * from './schemas.ts';
export * from './routes.ts';
