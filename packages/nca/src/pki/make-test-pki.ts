import { createTestPki, type TestPkiOptions } from './test-pki.ts';
import { writeTestPki } from './test-pki-files.ts';
import type { TestPkiManifest } from './test-pki-manifest.ts';

export {
  createTestPki,
  type TestAuthority,
  type TestHolder,
  type TestPki,
  type TestPkiOptions,
  testAuthority,
  testHolder,
} from './test-pki.ts';
export { type SharedTestPkiOptions, sharedTestPki } from './test-pki-cache.ts';
export { loadTestPki, writeTestPki } from './test-pki-files.ts';
export { type ManifestAuthority, type ManifestHolder, manifestOf, type TestPkiManifest } from './test-pki-manifest.ts';

/**
 * Makes the test PKI and writes it to `outDir`: PEM certificates and .p12 containers per family,
 * CA certificates in trust/ (a ready trust store), CRLs in crl/, CA keys in ca-keys/ and
 * manifest.json describing every file.
 */
export async function makeTestPki(outDir: string, options: TestPkiOptions = {}): Promise<TestPkiManifest> {
  const pki = await createTestPki(options);
  return writeTestPki(pki, outDir);
}
