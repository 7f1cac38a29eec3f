import type { NCALayerClient } from 'ncalayer-js-client';
import { bytesToBase64 } from './base64.ts';
import { toSigningError } from './ncalayer-errors.ts';
import { type DocumentSigner, SigningError, type SignPurpose } from './signer.ts';

/** Where NCALayer listens on the user's own computer. */
export const ncaLayerUrl = 'wss://127.0.0.1:13579';

const keyTypes = { auth: 'AUTHENTICATION', sign: 'SIGNATURE' } as const;

// A socket that opens but never answers (another program on the port) must not hang the page.
const connectTimeoutMs = 15_000;

async function connect(): Promise<NCALayerClient> {
  // Loaded on first use, so pages that never sign do not carry the client.
  const { default: library } = await import('ncalayer-js-client');
  // The KAZTOKEN HTTP API is used only by basicsSignCMS, which Shekara does not call.
  const client = new library.NCALayerClient(ncaLayerUrl, false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer from ${ncaLayerUrl} in ${connectTimeoutMs} ms`)),
      connectTimeoutMs,
    );
  });
  try {
    await Promise.race([client.connect(), timeout]);
    return client;
  } catch (error) {
    client.wsConnection?.close();
    throw toSigningError(error, 'connect');
  } finally {
    clearTimeout(timer);
  }
}

/** One connection per operation: the library cannot reconnect a client whose socket has closed. */
async function withNcaLayer<T>(work: (client: NCALayerClient, storage: string) => Promise<T>): Promise<T> {
  const client = await connect();
  try {
    // A token plugged in is what the user means to sign with; otherwise NCALayer asks for a file.
    const tokens = await client.getActiveTokens();
    return await work(client, tokens[0] ?? 'PKCS12');
  } catch (error) {
    throw toSigningError(error, 'sign');
  } finally {
    client.wsConnection?.close();
  }
}

/** Whether NCALayer answers: false when it is not running, or its certificate is not trusted. */
export async function probeNcaLayer(): Promise<boolean> {
  try {
    const client = await connect();
    client.wsConnection?.close();
    return true;
  } catch {
    return false;
  }
}

export function createNcaLayerSigner(): DocumentSigner {
  return {
    kind: 'ncalayer',
    signCms: ({ data, detached, purpose }) =>
      withNcaLayer((client, storage) =>
        client.createCAdESFromBase64(storage, bytesToBase64(data), keyType(purpose), !detached),
      ).then(nonEmpty),
    signXml: ({ xml, purpose }) =>
      withNcaLayer((client, storage) => client.signXml(storage, xml, keyType(purpose))).then(nonEmpty),
  };
}

function keyType(purpose: SignPurpose) {
  return keyTypes[purpose];
}

// Old NCALayer versions answer an empty result instead of an error when no key was chosen.
function nonEmpty(result: string): string {
  if (typeof result !== 'string' || result.trim() === '')
    throw new SigningError('NO_KEY', 'NCALayer returned no signature');
  return result;
}
