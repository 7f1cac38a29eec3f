import { signatureFailureCodes } from '@shekara/nca';
import { describe, expect, it } from 'vitest';
import { SignatureErrors } from './errors.ts';

describe('messages for the signature library’s refusal codes', () => {
  it('has a kk, ru and en message for every code the verifier can report', () => {
    for (const code of signatureFailureCodes) {
      const error = SignatureErrors[code]();
      for (const language of ['kk', 'ru', 'en'] as const)
        expect(error.messageIn(language), `${code} in ${language}`).not.toBe('');
    }
  });

  it('defines no SIG_ code the library does not report', () => {
    const known = new Set<string>(signatureFailureCodes);
    expect(Object.keys(SignatureErrors).filter((code) => code.startsWith('SIG_') && !known.has(code))).toEqual([]);
  });
});
