import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { createNcaLayerSigner, findStorages, probeNcaLayer } from './ncalayer-signer.ts';
import { chosenStorage, storageLabel, storagesOf } from './ncalayer-storages.ts';

/*
 * A small NCALayer imitation on a real WebSocket, answering as NCALayer does: its version on
 * connection; commonUtils requests as {code, message, responseObject}; basics requests as
 * {status, body: {result}} — or, playing an NCALayer too old to know basics, in the commonUtils shape.
 */
interface Request {
  module: string;
  method: string;
  args?: unknown;
}
const imitation = {
  /** getActiveTokens: the tokens reported, or an answer without code and message */
  tokens: [] as string[] | 'broken',
  /** whether it knows the basics module */
  basics: true,
  /** what basics sign answers */
  basicsAnswer: { status: true, body: { result: ['MIIB-basics'] } } as Record<string, unknown>,
  /** what commonUtils signing answers */
  commonAnswer: { code: '200', message: '', responseObject: 'MIIB-common' } as Record<string, unknown>,
  requests: [] as Request[],
};

function answer(request: Request): Record<string, unknown> {
  if (request.module === 'kz.gov.pki.knca.basics' && imitation.basics) return imitation.basicsAnswer;
  if (request.module !== 'kz.gov.pki.knca.commonUtils') return { code: '500', message: `unknown ${request.module}` };
  if (request.method === 'getActiveTokens')
    return imitation.tokens === 'broken'
      ? { errorCode: 'WRONG_STATE' }
      : { code: '200', message: '', responseObject: imitation.tokens };
  return imitation.commonAnswer;
}

let server: WebSocketServer;
let url: string;
beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('connection', (socket: WebSocket) => {
    socket.send(JSON.stringify({ result: { version: '1.4' } }));
    socket.on('message', (data) => {
      const request = JSON.parse(String(data)) as Request;
      imitation.requests.push(request);
      socket.send(JSON.stringify(answer(request)));
    });
  });
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  imitation.tokens = [];
  imitation.basics = true;
  imitation.basicsAnswer = { status: true, body: { result: ['MIIB-basics'] } };
  imitation.commonAnswer = { code: '200', message: '', responseObject: 'MIIB-common' };
  imitation.requests = [];
});

const signing = () => imitation.requests.filter((r) => r.method !== 'getVersion' && r.method !== 'getActiveTokens');

describe('the key storages NCALayer offers (issue 19 point 12)', () => {
  it('offers the file first, then each plugged-in token', async () => {
    imitation.tokens = ['AKKaztokenStore', 'AKKZIDCardStore'];
    expect(await findStorages(url)).toEqual({
      storages: ['PKCS12', 'AKKaztokenStore', 'AKKZIDCardStore'],
      tokensFailed: false,
    });
    expect(await probeNcaLayer(url)).toBe(true);
  });

  it('falls back to the file when the token query fails, instead of "undefined: undefined"', async () => {
    imitation.tokens = 'broken';
    expect(await findStorages(url)).toEqual({ storages: ['PKCS12'], tokensFailed: true });
  });

  it('says NCALayer is not there when nothing answers', async () => {
    const closed = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => closed.once('listening', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await findStorages(`ws://127.0.0.1:${port}`)).toBeNull();
  });

  it('keeps the user’s choice while NCALayer reports it, else the file; names storages in words', () => {
    expect(storagesOf(['AKKaztokenStore', 'AKKaztokenStore', 'PKCS12', 42, 'bad name'])).toEqual([
      'PKCS12',
      'AKKaztokenStore',
    ]);
    expect(storagesOf(undefined)).toEqual(['PKCS12']);
    expect(chosenStorage(['PKCS12', 'AKKaztokenStore'], 'AKKaztokenStore')).toBe('AKKaztokenStore');
    expect(chosenStorage(['PKCS12'], 'AKKaztokenStore')).toBe('PKCS12');
    expect(chosenStorage(['PKCS12', 'AKKaztokenStore'], null)).toBe('PKCS12');
    expect(storageLabel('AKKZIDCardStore')).toEqual({ key: 'signing.storage.idCard' });
    expect(storageLabel('AKJaCartaStore')).toEqual({ name: 'JaCarta' });
    expect(storageLabel('AKNewStore')).toEqual({ name: 'AKNewStore' });
  });
});

describe('signing through NCALayer (issue 19 point 12)', () => {
  it('speaks kz.gov.pki.knca.basics: the chosen storage, the key by purpose, attached or detached', async () => {
    imitation.tokens = ['AKKaztokenStore'];
    let storage = 'PKCS12';
    const signer = createNcaLayerSigner({ url, storage: () => storage, locale: () => 'kk' });
    await expect(signer.signCms({ data: new Uint8Array([1, 2, 3]), detached: false, purpose: 'auth' })).resolves.toBe(
      'MIIB-basics',
    );
    storage = 'AKKaztokenStore';
    await signer.signCms({ data: new Uint8Array([1]), detached: true, purpose: 'sign' });
    await signer.signXml({ xml: '<a/>', purpose: 'sign' });
    expect(signing()).toEqual([
      {
        module: 'kz.gov.pki.knca.basics',
        method: 'sign',
        args: {
          allowedStorages: ['PKCS12'],
          format: 'cms',
          data: 'AQID',
          signingParams: { decode: true, encapsulate: true, digested: false },
          signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.2'], chain: [] },
          locale: 'kk',
        },
      },
      {
        module: 'kz.gov.pki.knca.basics',
        method: 'sign',
        args: expect.objectContaining({
          allowedStorages: ['AKKaztokenStore'],
          data: 'AQ==',
          signingParams: { decode: true, encapsulate: false, digested: false },
          signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], chain: [] },
        }),
      },
      {
        module: 'kz.gov.pki.knca.basics',
        method: 'sign',
        args: expect.objectContaining({ allowedStorages: ['AKKaztokenStore'], format: 'xml', data: '<a/>' }),
      },
    ]);
  });

  it('falls back to commonUtils when NCALayer does not know basics, and then asks commonUtils directly', async () => {
    imitation.basics = false;
    const signer = createNcaLayerSigner({ url, storage: () => 'PKCS12' });
    await expect(signer.signCms({ data: new Uint8Array([1, 2, 3]), detached: false, purpose: 'sign' })).resolves.toBe(
      'MIIB-common',
    );
    await expect(signer.signXml({ xml: '<a/>', purpose: 'auth' })).resolves.toBe('MIIB-common');
    expect(signing().map((r) => [r.module, r.method, r.args])).toEqual([
      ['kz.gov.pki.knca.basics', 'sign', expect.anything()],
      ['kz.gov.pki.knca.commonUtils', 'createCAdESFromBase64', ['PKCS12', 'SIGNATURE', 'AQID', true]],
      ['kz.gov.pki.knca.commonUtils', 'signXml', ['PKCS12', 'AUTHENTICATION', '<a/>', '', '']],
    ]);
  });

  it('does not fall back when basics refused: a cancel is CANCELLED, an error FAILED with NCALayer’s words', async () => {
    imitation.basicsAnswer = { status: true, body: {} };
    const signer = createNcaLayerSigner({ url });
    await expect(signer.signCms({ data: new Uint8Array(1), detached: false, purpose: 'sign' })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    imitation.basicsAnswer = { status: false, code: 'WRONG_PASSWORD', message: 'wrong password', details: '' };
    await expect(signer.signXml({ xml: '<a/>', purpose: 'sign' })).rejects.toMatchObject({
      code: 'FAILED',
      detail: expect.stringContaining('wrong password'),
    });
    expect(signing().every((r) => r.module === 'kz.gov.pki.knca.basics')).toBe(true);
  });

  it('keeps NCALayer’s raw answer when the library’s words would be "undefined: undefined"', async () => {
    imitation.basics = false;
    imitation.commonAnswer = { errorCode: 'STORAGE_LOCKED' };
    await expect(
      createNcaLayerSigner({ url }).signCms({ data: new Uint8Array(1), detached: false, purpose: 'sign' }),
    ).rejects.toMatchObject({ code: 'FAILED', detail: expect.stringContaining('STORAGE_LOCKED') });
  });

  it('treats an empty signature as no key chosen', async () => {
    imitation.basicsAnswer = { status: true, body: { result: [''] } };
    await expect(
      createNcaLayerSigner({ url }).signCms({ data: new Uint8Array(1), detached: false, purpose: 'sign' }),
    ).rejects.toMatchObject({ code: 'NO_KEY' });
  });
});
