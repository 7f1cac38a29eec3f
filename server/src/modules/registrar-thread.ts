/**
 * What the registrar's thread runs (server/src/registrar.ts): the declarations module's batch
 * registration alone, imported from its file rather than the module's index.ts, so that the
 * thread loads the registering code, not every module's routes.
 */
export { serveRegistrar } from './declarations/submission/registrar-host.ts';
