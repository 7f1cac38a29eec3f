import { describe, expect, it } from 'vitest';
import { asReadReason } from './read-reason.ts';

describe('the reason an officer reads a person’s data for', () => {
  it('is one of the server’s fixed list, or none: a missing or unknown stored value chooses nothing', () => {
    expect(asReadReason('declaration_review')).toBe('declaration_review');
    expect(asReadReason('audit_check')).toBe('audit_check');
    expect(asReadReason(null)).toBeNull();
    expect(asReadReason(undefined)).toBeNull();
    expect(asReadReason('')).toBeNull();
    expect(asReadReason('curiosity')).toBeNull();
  });
});
