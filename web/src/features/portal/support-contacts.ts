import type { SupportContacts } from '@shekara/contracts/portal/support';

export type { SupportContacts };

/** Where the browser keeps the last contacts the server gave. */
export const contactsStorageKey = 'shekara.supportContacts';

/** The part of Web Storage used here; localStorage in the browser. */
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The contacts the server last gave this browser, or null (REG-13: support works when the portal
 * does not). Read before the server answers, and kept when it cannot answer at all, so a user who
 * has been here once sees whom to write or call even while the API is down. Whatever is stored is
 * checked: a damaged or tampered entry is ignored, never shown.
 */
export function rememberedContacts(store: KeyValueStore | undefined = browserStore()): SupportContacts | null {
  try {
    const raw = store?.getItem(contactsStorageKey);
    if (!raw) return null;
    // checked by hand, not by the contract's schema: the footer is on the first page, whose script
    // carries no zod (issue 19 point 11)
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { email, phone } = parsed as Record<string, unknown>;
    if (typeof email !== 'string' || typeof phone !== 'string') return null;
    return isShowable({ email, phone }) ? { email, phone } : null;
  } catch {
    return null;
  }
}

/** Keeps the server's answer for the next visit; a full or forbidden storage only loses the cache. */
export function rememberContacts(contacts: SupportContacts, store: KeyValueStore | undefined = browserStore()): void {
  try {
    store?.setItem(contactsStorageKey, JSON.stringify({ email: contacts.email, phone: contacts.phone }));
  } catch {
    // private browsing or a full quota: the footer still shows what the server just said
  }
}

/** The number as a `tel:` link wants it: the leading + and digits only. */
export const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

// What the server validates at start, checked again here since storage outlives the server's word.
const isShowable = ({ email, phone }: SupportContacts) =>
  email.length <= 254 && /^[^\s@<>",;]+@[^\s@<>",;]+$/.test(email) && /^\+?[\d ()-]{5,30}$/.test(phone);

function browserStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
