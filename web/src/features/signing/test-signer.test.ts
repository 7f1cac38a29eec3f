import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestKey } from './test-signer-api.ts';

const testSign = vi.fn();
vi.mock('./test-signer-api.ts', () => ({ testSign: (...args: unknown[]) => testSign(...args) }));
const { createTestSigner, keysFor } = await import('./test-signer.ts');

const key = (id: string, keyPurpose: 'auth' | 'sign', status: TestKey['status'] = 'good'): TestKey => ({
  id,
  label: id,
  algorithm: 'GOST2015-512',
  keyPurpose,
  iin: '880101300123',
  commonName: 'ТЕСТОВ ТЕСТ',
  roles: ['individual'],
  status,
});

describe('the development test signer', () => {
  beforeEach(() => testSign.mockReset());

  it('offers only keys of the asked purpose', () => {
    const keys = [key('a', 'auth'), key('s', 'sign'), key('r', 'sign', 'revoked')];
    expect(keysFor(keys, 'sign').map((k) => k.id)).toEqual(['s', 'r']);
    expect(keysFor(keys, 'auth').map((k) => k.id)).toEqual(['a']);
  });

  it('asks for a key of the purpose, then sends the data in base64 with the chosen key', async () => {
    const choose = vi.fn(async () => key('s', 'sign'));
    testSign.mockResolvedValue({ cms: 'MIIB' });
    const signer = createTestSigner(choose);
    await expect(
      signer.signCms({ data: new TextEncoder().encode('hi'), detached: true, purpose: 'sign' }),
    ).resolves.toBe('MIIB');
    expect(choose).toHaveBeenCalledWith('sign');
    expect(testSign).toHaveBeenCalledWith({ keyId: 's', format: 'cms', data: 'aGk=', detached: true });
  });

  it('signs XML with format xml', async () => {
    testSign.mockResolvedValue({ xml: '<signed/>' });
    const signer = createTestSigner(async () => key('a', 'auth'));
    await expect(signer.signXml({ xml: '<a/>', purpose: 'auth' })).resolves.toBe('<signed/>');
    expect(testSign).toHaveBeenCalledWith({ keyId: 'a', format: 'xml', xml: '<a/>' });
  });

  it('speaks NCALayer’s codes: a closed picker is CANCELLED, a server failure FAILED', async () => {
    const cancelled = createTestSigner(async () => null);
    await expect(
      cancelled.signCms({ data: new Uint8Array(1), detached: false, purpose: 'sign' }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(testSign).not.toHaveBeenCalled();

    testSign.mockRejectedValue(new Error('404'));
    const failing = createTestSigner(async () => key('s', 'sign'));
    await expect(failing.signCms({ data: new Uint8Array(1), detached: false, purpose: 'sign' })).rejects.toMatchObject({
      code: 'FAILED',
    });
    testSign.mockResolvedValue({});
    await expect(failing.signXml({ xml: '<a/>', purpose: 'sign' })).rejects.toMatchObject({ code: 'FAILED' });
  });
});
