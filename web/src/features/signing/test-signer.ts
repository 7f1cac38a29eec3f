import { bytesToBase64 } from './base64.ts';
import { type DocumentSigner, SigningError, type SignPurpose } from './signer.ts';
import { type TestKey, type TestSignRequest, testSign } from './test-signer-api.ts';

/** Asks the user for a key of that purpose, like NCALayer's key window; null when they close it. */
export type ChooseTestKey = (purpose: SignPurpose) => Promise<TestKey | null>;

/**
 * The development signer: the server signs with its test PKI, after the user picked a key. It fails
 * with the same codes as NCALayer so the pages behave alike with either.
 */
export function createTestSigner(chooseKey: ChooseTestKey): DocumentSigner {
  async function sign(
    purpose: SignPurpose,
    request: (keyId: string) => TestSignRequest,
  ): Promise<{ cms?: string; xml?: string }> {
    const key = await chooseKey(purpose);
    if (!key) throw new SigningError('CANCELLED');
    try {
      return await testSign(request(key.id));
    } catch (error) {
      throw new SigningError('FAILED', error instanceof Error ? error.message : String(error));
    }
  }

  return {
    kind: 'test',
    async signCms({ data, detached, purpose }) {
      const { cms } = await sign(purpose, (keyId) => ({ keyId, format: 'cms', data: bytesToBase64(data), detached }));
      if (!cms) throw new SigningError('FAILED', 'the test signer returned no CMS');
      return cms;
    },
    async signXml({ xml, purpose }) {
      const signed = await sign(purpose, (keyId) => ({ keyId, format: 'xml', xml }));
      if (!signed.xml) throw new SigningError('FAILED', 'the test signer returned no XML');
      return signed.xml;
    },
  };
}

/** The keys the picker offers for a purpose: NCALayer, too, shows only keys of the asked type. */
export function keysFor(keys: readonly TestKey[], purpose: SignPurpose): TestKey[] {
  return keys.filter((key) => key.keyPurpose === purpose);
}
