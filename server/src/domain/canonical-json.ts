/**
 * The canonical JSON an applicant signs: object keys sorted by UTF-16 code units, no spaces or
 * line breaks, arrays in their order, absent (undefined) members left out, strings and numbers
 * as JSON.stringify writes them. Two objects with the same content give the same bytes, so the
 * browser and the server agree on what was signed whatever the order fields were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}
