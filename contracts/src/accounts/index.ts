export * from './consent-texts.ts';
export * from './data-reads.ts';
export * from './password-rule.ts';
export * from './routes.ts';
export * from './schemas.ts';
export * from './user-types.ts';
