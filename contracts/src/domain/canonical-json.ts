/**
 * The canonical JSON an applicant signs: object keys sorted by UTF-16 code units, no spaces or
 * line breaks, arrays in their order, absent (undefined) members left out, strings and numbers
 * as JSON.stringify writes them. Two objects with the same content give the same bytes, so the
 * browser and the server agree on what was signed whatever the order fields were built in.
 *
 * Written as one walk appending to a string (and the default sort, which compares UTF-16 code
 * units): every submission computes it over the whole document, so it is on the hot path.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return append('', value);
}

function append(out: string, value: unknown): string {
  if (value === null || typeof value !== 'object') return out + JSON.stringify(value);
  if (Array.isArray(value)) {
    out += '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const member: unknown = value[i];
      // as before: an undefined element leaves its place empty
      if (member !== undefined) out = append(out, member);
    }
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  out += '{';
  let first = true;
  for (const key of keys) {
    const member = object[key];
    if (member === undefined) continue;
    out += first ? JSON.stringify(key) : `,${JSON.stringify(key)}`;
    out = append(`${out}:`, member);
    first = false;
  }
  return `${out}}`;
}
