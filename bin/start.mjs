#!/usr/bin/env node
// `npm start`: the server, run from the bundle of its sources (server/bundle.mjs), made first
// when a source has changed.
import { bundled } from '../server/bundle.mjs';

// Stack traces in the log name the TypeScript sources, not the bundle.
process.setSourceMapsEnabled(true);
const { main } = await import(await bundled('main'));
await main();
