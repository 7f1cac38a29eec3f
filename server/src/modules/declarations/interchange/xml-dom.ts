import type { Element } from '@xmldom/xmldom';

/** Reading a parsed document by local names: the album's namespace versions differ between files. */
export function children(parent: Element | undefined, name: string): Element[] {
  if (!parent) return [];
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 && (node as Element).localName === name) found.push(node as Element);
  return found;
}

export const child = (parent: Element | undefined, name: string): Element | undefined => children(parent, name)[0];

export function textOf(parent: Element | undefined, name: string): string | undefined {
  const value = child(parent, name)?.textContent?.trim();
  return value ? value : undefined;
}

export function numberOf(parent: Element | undefined, name: string): number | undefined {
  const value = textOf(parent, name);
  return value !== undefined && Number.isFinite(Number(value)) ? Number(value) : undefined;
}

export function booleanOf(parent: Element | undefined, name: string): boolean | undefined {
  const value = textOf(parent, name);
  return value === undefined ? undefined : value === 'true' || value === '1';
}

/** The object without its undefined fields, so that the model sees only what the XML says. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The object without its undefined fields, or nothing when none is left: an element that says nothing is no part. */
export function nonEmpty<T extends object>(value: T): T | undefined {
  const kept = compact(value);
  return Object.keys(kept).length > 0 ? kept : undefined;
}
