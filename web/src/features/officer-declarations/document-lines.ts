/**
 * A document of any kind as label–value lines (`declarant.address.city` → `Алматы`), for the kinds
 * that have no laid-out view: every filled field shows, in the document's own order. Bounded, so
 * a document with thousands of entries cannot stall the page.
 */
export interface DocumentLine {
  path: string;
  value: string;
}

export function documentLines(document: unknown, limit = 2000): { lines: DocumentLine[]; truncated: boolean } {
  const lines: DocumentLine[] = [];
  let truncated = false;
  const walk = (value: unknown, path: string) => {
    if (lines.length >= limit) {
      truncated = true;
      return;
    }
    if (value === null || value === undefined || value === '') return;
    if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, `${path}[${index + 1}]`));
    else if (typeof value === 'object')
      for (const [key, entry] of Object.entries(value)) walk(entry, path ? `${path}.${key}` : key);
    else lines.push({ path, value: String(value) });
  };
  walk(document, '');
  return { lines, truncated };
}
