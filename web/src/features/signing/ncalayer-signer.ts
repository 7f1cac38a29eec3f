import type { NCALayerClient } from 'ncalayer-js-client';
import { bytesToBase64 } from './base64.ts';
import { toSigningError } from './ncalayer-errors.ts';
import { fileStorage, storagesOf } from './ncalayer-storages.ts';
import { type DocumentSigner, SigningError, type SignPurpose } from './signer.ts';

/** Where NCALayer listens on the user's own computer. */
export const ncaLayerUrl = 'wss://127.0.0.1:13579';

const keyTypes = { auth: 'AUTHENTICATION', sign: 'SIGNATURE' } as const;
// The basics module chooses the certificate by its extended key usage: clientAuth to log in,
// emailProtection to sign documents. `chain: []` accepts any issuer the server then judges, so the
// operator's own CA (and the development test PKI) works as NCA's does.
const keyUsages = { auth: '1.3.6.1.5.5.7.3.2', sign: '1.3.6.1.5.5.7.3.4' } as const;

// A socket that opens but never answers (another program on the port) must not hang the page.
const connectTimeoutMs = 15_000;

export interface NcaLayerOptions {
  /** NCALayer's address; tests point it at an imitation. */
  url?: string;
  /** The key storage the user chose among those NCALayer reported (file unless told otherwise). */
  storage?: () => string;
  /** The language of NCALayer's own windows. */
  locale?: () => string;
}

async function connect(url: string): Promise<NCALayerClient> {
  // Loaded on first use, so pages that never sign do not carry the client.
  const { default: library } = await import('ncalayer-js-client');
  // The KAZTOKEN HTTP API is used only by basicsSignCMS, which Shekara does not call.
  const client = new library.NCALayerClient(url, false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from ${url} in ${connectTimeoutMs} ms`)), connectTimeoutMs);
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

/**
 * One connection per operation: the library cannot reconnect a client whose socket has closed.
 * NCALayer's last raw answer is kept, since the library turns an answer it does not expect into
 * "undefined: undefined".
 */
async function withNcaLayer<T>(url: string, work: (client: NCALayerClient, answers: string[]) => Promise<T>) {
  const client = await connect(url);
  const answers: string[] = [];
  client.onResponseReady = (raw) => {
    answers.push(raw);
  };
  try {
    return await work(client, answers);
  } catch (error) {
    throw toSigningError(error, 'sign', answers.at(-1));
  } finally {
    client.wsConnection?.close();
  }
}

/** Whether NCALayer answers: false when it is not running, or its certificate is not trusted. */
export async function probeNcaLayer(url = ncaLayerUrl): Promise<boolean> {
  return (await findStorages(url)) !== null;
}

/** The key storages NCALayer offers: the file always, then each token it reports as plugged in. */
export interface FoundStorages {
  storages: string[];
  /** NCALayer answered, but not the question about tokens: only the file is offered. */
  tokensFailed: boolean;
}

/** Null when NCALayer is not there; a failing token query leaves the file storage (issue 19 point 12). */
export async function findStorages(url = ncaLayerUrl): Promise<FoundStorages | null> {
  let client: NCALayerClient;
  try {
    client = await connect(url);
  } catch {
    return null;
  }
  try {
    return { storages: storagesOf(await client.getActiveTokens()), tokensFailed: false };
  } catch {
    return { storages: [fileStorage], tokensFailed: true };
  } finally {
    client.wsConnection?.close();
  }
}

interface Signing {
  format: 'cms' | 'xml';
  data: string;
  purpose: SignPurpose;
  /** CMS only: the content inside the signature */
  attach?: boolean;
}

/**
 * Signs with NCALayer's current module, kz.gov.pki.knca.basics (`sign`), in the storage the user
 * chose; an NCALayer too old to know it answers in the commonUtils shape, and then commonUtils
 * signs instead — from then on directly, for as long as the page lives.
 */
export function createNcaLayerSigner(options: NcaLayerOptions = {}): DocumentSigner {
  const url = options.url ?? ncaLayerUrl;
  let basicsUnknown = false;

  const sign = (signing: Signing) =>
    withNcaLayer(url, async (client, answers) => {
      const storage = options.storage?.() ?? fileStorage;
      if (!basicsUnknown) {
        const before = answers.length;
        try {
          return await client.basicsSign(
            [storage],
            signing.format,
            signing.data,
            signing.format === 'cms' ? { decode: true, encapsulate: signing.attach === true, digested: false } : {},
            { extKeyUsageOids: [keyUsages[signing.purpose]], chain: [] },
            options.locale?.() ?? 'ru',
            true,
          );
        } catch (error) {
          if (!answeredByCommonUtils(answers.slice(before))) throw error;
          basicsUnknown = true;
        }
      }
      const keyType = keyTypes[signing.purpose];
      return signing.format === 'cms'
        ? client.createCAdESFromBase64(storage, signing.data, keyType, signing.attach === true)
        : client.signXml(storage, signing.data, keyType);
    }).then(nonEmpty);

  return {
    kind: 'ncalayer',
    signCms: ({ data, detached, purpose }) =>
      sign({ format: 'cms', data: bytesToBase64(data), purpose, attach: !detached }),
    signXml: ({ xml, purpose }) => sign({ format: 'xml', data: xml, purpose }),
  };
}

/** Whether NCALayer answered the basics request as the old commonUtils module does: it does not know basics. */
function answeredByCommonUtils(answers: readonly string[]): boolean {
  const last = answers.at(-1);
  if (last === undefined) return false;
  try {
    const answer = JSON.parse(last) as Record<string, unknown>;
    return typeof answer === 'object' && answer !== null && !('status' in answer) && 'code' in answer;
  } catch {
    return false;
  }
}

// Old NCALayer versions answer an empty result instead of an error when no key was chosen.
function nonEmpty(result: unknown): string {
  if (typeof result !== 'string' || result.trim() === '')
    throw new SigningError('NO_KEY', 'NCALayer returned no signature');
  return result;
}
