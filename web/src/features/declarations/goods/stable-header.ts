import { useRef } from 'react';

/**
 * The document without its items, keeping its identity while only items change: the header's
 * fields then do not re-render as the user types in the items grid. Edits replace only the
 * objects along their path (document-paths.ts), so comparing the top-level boxes is enough.
 */
export function headerOf(
  document: Record<string, unknown>,
  previous: Record<string, unknown> | null,
): Record<string, unknown> {
  const { items: _items, ...header } = document;
  void _items;
  if (
    previous &&
    Object.keys(previous).length === Object.keys(header).length &&
    Object.keys(header).every((key) => previous[key] === header[key])
  )
    return previous;
  return header;
}

export function useStableHeader(document: Record<string, unknown>): Record<string, unknown> {
  const previous = useRef<Record<string, unknown> | null>(null);
  previous.current = headerOf(document, previous.current);
  return previous.current;
}
