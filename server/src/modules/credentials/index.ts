export { CredentialsErrors } from './errors.ts';
export { createCredentialsIntake } from './file-request.ts';
export { credentialsRoutes } from './routes.ts';
export type { CredentialsContext } from './context.ts';
export type { CredentialsTerms } from './terms.ts';
