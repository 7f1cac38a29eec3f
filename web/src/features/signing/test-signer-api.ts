import { ApiError, getJson } from '../../api.ts';
import type { SignPurpose } from './signer.ts';

/** A key of the server's development test PKI (the endpoints answer 404 in production). */
export interface TestKey {
  id: string;
  label: string;
  algorithm: 'RSA' | 'GOST2004' | 'GOST2015-512';
  keyPurpose: SignPurpose;
  iin: string;
  bin?: string;
  commonName: string;
  organization?: string;
  status: 'good' | 'expired' | 'revoked';
}

export const testSignerKeysPath = '/api/v1/dev/test-signer/keys';
export const testSignerSignPath = '/api/v1/dev/test-signer/sign';

/** The test keys, or null when the server is not in development and has no test signer. */
export async function fetchTestKeys(): Promise<TestKey[] | null> {
  try {
    const { keys } = await getJson<{ keys: TestKey[] }>(testSignerKeysPath);
    return Array.isArray(keys) ? keys : null;
  } catch (error) {
    if (error instanceof ApiError || error instanceof SyntaxError || error instanceof TypeError) return null;
    throw error;
  }
}

export type TestSignRequest =
  | { keyId: string; format: 'cms'; data: string; detached: boolean }
  | { keyId: string; format: 'xml'; xml: string };

export function testSign(request: TestSignRequest): Promise<{ cms?: string; xml?: string }> {
  return getJson(testSignerSignPath, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
}
