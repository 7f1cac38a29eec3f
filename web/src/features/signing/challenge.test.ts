import { describe, expect, it, vi } from 'vitest';
import { challengeBytes, signChallenge } from './challenge.ts';
import type { DocumentSigner } from './signer.ts';

const nonce = Buffer.alloc(32, 7).toString('base64');

describe('the log-in challenge', () => {
  it('is exactly 32 bytes', () => {
    expect(challengeBytes(nonce)).toEqual(new Uint8Array(32).fill(7));
    expect(() => challengeBytes(Buffer.alloc(31).toString('base64'))).toThrow(RangeError);
    expect(() => challengeBytes(Buffer.alloc(33).toString('base64'))).toThrow(RangeError);
  });

  it('is signed attached, with the authentication key', async () => {
    const signCms = vi.fn(async () => 'MIIB');
    const signer: DocumentSigner = { kind: 'test', signCms, signXml: vi.fn() };
    await expect(signChallenge(signer, nonce)).resolves.toBe('MIIB');
    expect(signCms).toHaveBeenCalledWith({ data: new Uint8Array(32).fill(7), detached: false, purpose: 'auth' });
  });
});
