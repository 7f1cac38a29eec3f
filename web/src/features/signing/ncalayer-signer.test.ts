import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for ncalayer-js-client: records the calls and answers as each test sets it to.
const calls: unknown[][] = [];
const behaviour = {
  connect: async (): Promise<string> => '1.4',
  tokens: [] as string[],
  sign: async (): Promise<string> => 'MIIB',
};
const close = vi.fn();

vi.mock('ncalayer-js-client', () => {
  class NCALayerClient {
    wsConnection = { close };
    constructor(...args: unknown[]) {
      calls.push(['new', ...args]);
    }
    connect() {
      return behaviour.connect();
    }
    async getActiveTokens() {
      return behaviour.tokens;
    }
    createCAdESFromBase64(...args: unknown[]) {
      calls.push(['createCAdESFromBase64', ...args]);
      return behaviour.sign();
    }
    signXml(...args: unknown[]) {
      calls.push(['signXml', ...args]);
      return behaviour.sign();
    }
  }
  return { default: { NCALayerClient } };
});

const { createNcaLayerSigner, probeNcaLayer } = await import('./ncalayer-signer.ts');

describe('the NCALayer signer', () => {
  beforeEach(() => {
    calls.length = 0;
    close.mockReset();
    behaviour.connect = async () => '1.4';
    behaviour.tokens = [];
    behaviour.sign = async () => 'MIIB';
  });

  it('signs CMS with createCAdESFromBase64: the key type by purpose, attach unless detached', async () => {
    const signer = createNcaLayerSigner();
    await expect(signer.signCms({ data: new Uint8Array([1, 2, 3]), detached: false, purpose: 'auth' })).resolves.toBe(
      'MIIB',
    );
    await signer.signCms({ data: new Uint8Array([1]), detached: true, purpose: 'sign' });
    expect(calls.filter(([name]) => name === 'createCAdESFromBase64')).toEqual([
      ['createCAdESFromBase64', 'PKCS12', 'AQID', 'AUTHENTICATION', true],
      ['createCAdESFromBase64', 'PKCS12', 'AQ==', 'SIGNATURE', false],
    ]);
    expect(calls[0]).toEqual(['new', 'wss://127.0.0.1:13579', false]);
    expect(close).toHaveBeenCalledTimes(2);
  });

  it('uses a plugged-in token before the file store, and signs XML with signXml', async () => {
    behaviour.tokens = ['AKKaztokenStore'];
    await createNcaLayerSigner().signXml({ xml: '<a/>', purpose: 'sign' });
    expect(calls.find(([name]) => name === 'signXml')).toEqual(['signXml', 'AKKaztokenStore', '<a/>', 'SIGNATURE']);
  });

  it('reports a refused connection as NCALAYER_NOT_RUNNING, and a cancel as CANCELLED', async () => {
    behaviour.connect = async () => Promise.reject(new Error('Ошибка взаимодействия с NCALayer.'));
    await expect(
      createNcaLayerSigner().signCms({ data: new Uint8Array(1), detached: false, purpose: 'sign' }),
    ).rejects.toMatchObject({ code: 'NCALAYER_NOT_RUNNING' });
    expect(await probeNcaLayer()).toBe(false);

    behaviour.connect = async () => '1.4';
    behaviour.sign = async () => Promise.reject(new Error('500: action.canceled'));
    await expect(createNcaLayerSigner().signXml({ xml: '<a/>', purpose: 'sign' })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(await probeNcaLayer()).toBe(true);
  });

  it('treats an empty answer as no key chosen', async () => {
    behaviour.sign = async () => '';
    await expect(
      createNcaLayerSigner().signCms({ data: new Uint8Array(1), detached: false, purpose: 'sign' }),
    ).rejects.toMatchObject({ code: 'NO_KEY' });
  });
});
