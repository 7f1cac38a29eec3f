#!/usr/bin/env node
// `npm start`: the server, run from the bundle of its sources (server/bundle.mjs), made first
// when a source has changed.
import { bundled } from '../server/bundle.mjs';

// The log's stack traces name the TypeScript sources: the logger reads a source map when a trace
// first needs it (server/src/platform/stack-map.ts). Node's own source maps (--enable-source-maps)
// would index every map at every start, about a tenth of it.
const { main } = await import(await bundled('main'));
await main();
