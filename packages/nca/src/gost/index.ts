/**
 * `@shekara/nca/gost`: the GOST primitives under the verifier, for benchmarks and for callers that
 * need a digest or a raw curve check. Each has two backends: the optional native addon (when built
 * and passing its self-check at load) and pure TypeScript (node-gost-crypto digests, BigInt curve
 * arithmetic); `gostBackend()` and `nativeGostStatus` say which is in use and why.
 */

export { tc26Gost256A } from './curve-256.ts';
export { type Curve, cryptoProA, tc26Gost512A } from './curves.ts';
export { gost34311, jsDigests, nativeDigests, streebog256, streebog512 } from './digests.ts';
export { gostBackend, verifyGostFast, verifyGostNative } from './fast.ts';
export { addonPath, type GostAddon, nativeGost, nativeGostStatus } from './native.ts';
export { verifyGost } from './verify.ts';
