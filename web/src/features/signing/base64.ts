// Browser-side base64 helpers: signers and the verify API exchange bytes as base64 strings.

export function bytesToBase64(bytes: Uint8Array): string {
  // Chunks keep String.fromCharCode's argument list well under the engine's limit on large files.
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** Decodes base64, tolerating line breaks and PEM armour as people paste them; throws on anything else. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(normalizeBase64(text));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The base64 without PEM header/footer lines and whitespace; URL-safe letters become standard ones. */
export function normalizeBase64(text: string): string {
  return text
    .replace(/-----(BEGIN|END)[^-]*-----/g, '')
    .replace(/\s+/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
}

export function isBase64(text: string): boolean {
  const compact = normalizeBase64(text);
  return compact.length > 0 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact);
}

export function textToBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * A file as the verify API wants it: a file that already holds base64 text (as many tools save a
 * .p7s or .cms) is passed on as it is, anything else is encoded.
 */
export function fileBytesToBase64(bytes: Uint8Array): string {
  const asText = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return isBase64(asText) ? normalizeBase64(asText) : bytesToBase64(bytes);
}
