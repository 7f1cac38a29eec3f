/** The forms a receipt's number and hash take, and the page's address for them. */
export const registrationNumberPattern = /^\d{5}\/\d{6}\/\d{7}$/;
export const sha256Pattern = /^[0-9a-fA-F]{64}$/;

/** The page of a number: the number's slashes stay in the path, the hash goes in the query. */
export function verifyPath(registrationNumber?: string, hash?: string): string {
  if (!registrationNumber) return '/verify';
  return `/verify/${registrationNumber}${hash ? `?hash=${encodeURIComponent(hash)}` : ''}`;
}
