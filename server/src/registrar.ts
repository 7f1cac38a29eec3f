import { serveRegistrar } from './modules/registrar-thread.ts';

// The registrar's thread (modules/declarations/submission/registrar-thread.ts): it loads only what
// registering a batch of submissions needs. server/bundle.mjs bundles it as server/dist/registrar.mjs.
serveRegistrar();
