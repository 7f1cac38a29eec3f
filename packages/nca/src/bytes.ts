/**
 * Byte equality. Digests and names are compared in place (making Buffer views costs more than
 * the comparison); long inputs, such as attached content of megabytes, through Buffer views.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  if (a.length > 256)
    return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
