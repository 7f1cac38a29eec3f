import { describe, expect, it } from 'vitest';
import { contentMatchesType } from './attachment-type.ts';

describe('an attachment is what its type says (issue 6 point 2)', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(contentMatchesType('application/pdf', Buffer.from('%PDF-1.4\n'))).toBe(true);
    expect(contentMatchesType('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(contentMatchesType('image/png', Buffer.from('89504e470d0a1a0a', 'hex'))).toBe(true);
  });

  it('refuses other content, a type that does not match, and files shorter than the signature', () => {
    expect(contentMatchesType('application/pdf', Buffer.from('<html>%PDF-'))).toBe(false);
    expect(contentMatchesType('image/png', Buffer.from('%PDF-1.4'))).toBe(false);
    expect(contentMatchesType('image/png', Buffer.from('89504e47', 'hex'))).toBe(false);
    expect(contentMatchesType('image/jpeg', Buffer.alloc(0))).toBe(false);
  });
});
