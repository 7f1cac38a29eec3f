/** NCALayer's name of a PKCS#12 key file: always offered, since NCALayer asks for the file itself. */
export const fileStorage = 'PKCS12';

/** The storages NCALayer names that the catalogue words (`signing.storage.<key>`); tokens by brand keep their names. */
const worded: Record<string, string> = {
  PKCS12: 'file',
  JKS: 'jks',
  AKKaztokenStore: 'kaztoken',
  AKKZIDCardStore: 'idCard',
};
const brands: Record<string, string> = {
  AKEToken72KStore: 'eToken 72K',
  AKEToken5110Store: 'eToken 5110',
  AKJaCartaStore: 'JaCarta',
  AKAKEYStore: 'aKey',
};

/** How to name a storage: a catalogue key, or a name the same in every language (a brand, or one NCALayer added later). */
export function storageLabel(storage: string): { key: string } | { name: string } {
  if (Object.hasOwn(worded, storage)) return { key: `signing.storage.${worded[storage]}` };
  return { name: Object.hasOwn(brands, storage) ? brands[storage]! : storage };
}

// A storage name as NCALayer spells them: letters and digits; anything else in the answer is noise.
const storageName = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * What the user may choose from, given what getActiveTokens answered: the file first, then each
 * plugged-in token once. An answer that is not a list of names offers the file only.
 */
export function storagesOf(tokens: unknown): string[] {
  const reported = Array.isArray(tokens)
    ? tokens.filter((t): t is string => typeof t === 'string' && storageName.test(t))
    : [];
  return [...new Set([fileStorage, ...reported])];
}

/** The storage to sign with: the user's earlier choice while NCALayer still reports it, else the file. */
export function chosenStorage(offered: readonly string[], preferred: string | null): string {
  return preferred && offered.includes(preferred) ? preferred : fileStorage;
}
