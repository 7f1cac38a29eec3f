import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real outside test data (NCA's test certificates, key containers, CRLs, OCSP answers, NCALayer
 * signatures) is never copied into the package. It is read from SHEKARA_CORPUS_DIR, or else from
 * `shared/corpus` beside the repository that holds the package (two folders above it); the suites
 * that need it skip, saying so, when it is absent.
 */
const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const repositoryDir = path.resolve(packageDir, '..', '..');

export const corpusDir = process.env.SHEKARA_CORPUS_DIR ?? path.resolve(repositoryDir, '..', 'shared', 'corpus');

export function corpusMissing(relative: string): string | null {
  const full = path.join(corpusDir, relative);
  return fs.existsSync(full)
    ? null
    : `corpus file ${relative} not found under ${path.relative(process.cwd(), corpusDir) || corpusDir}`;
}

/** Reads a corpus file; PEM is decoded to DER. */
export function readCorpusDer(relative: string): Uint8Array {
  const bytes = fs.readFileSync(path.join(corpusDir, relative));
  const text = bytes.subarray(0, 11).toString('latin1');
  if (text !== '-----BEGIN ') return new Uint8Array(bytes);
  const base64 = bytes
    .toString('latin1')
    .replace(/-----[^-]+-----/g, '')
    .replace(/\s+/g, '');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
