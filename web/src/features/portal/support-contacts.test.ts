import { describe, expect, it } from 'vitest';
import { contactsStorageKey, dialable, rememberContacts, rememberedContacts } from './support-contacts.ts';

/** A Web Storage of one browser: what the footer finds on the next visit. */
function browserStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('the support contacts the footer remembers (REG-13: support works when the portal does not)', () => {
  it('shows on the next visit what the server last said, before or without its answer', () => {
    const storage = browserStorage();
    expect(rememberedContacts(storage)).toBeNull();
    rememberContacts({ email: 'help@keden.example.kz', phone: '+7 (7172) 55-12-34' }, storage);
    expect(rememberedContacts(storage)).toEqual({ email: 'help@keden.example.kz', phone: '+7 (7172) 55-12-34' });
  });

  it('ignores a damaged or foreign entry rather than show it', () => {
    for (const stored of [
      'not json',
      '{"email":"help@keden.example.kz"}',
      '{"email":"javascript:alert(1)","phone":"+7 (7172) 55-12-34"}',
      '{"email":"help@keden.example.kz","phone":"call me"}',
    ])
      expect(rememberedContacts(browserStorage({ [contactsStorageKey]: stored })), stored).toBeNull();
  });

  it('survives a storage that refuses to be written or read', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberContacts({ email: 'a@b.kz', phone: '+7 700 000 00 00' }, refusing)).not.toThrow();
    expect(rememberedContacts(refusing)).toBeNull();
    expect(rememberedContacts(undefined)).toBeNull();
  });

  it('dials the number without its spaces, brackets and dashes', () => {
    expect(dialable('+7 (7172) 55-12-34')).toBe('+77172551234');
  });
});
