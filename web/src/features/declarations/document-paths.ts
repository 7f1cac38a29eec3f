export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(document: unknown, path: string): unknown {
  let node: unknown = document;
  for (const step of splitPath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}

/**
 * A copy of `document` with `value` at `path`: only the objects along the path are new, so
 * everything else keeps its identity (memoised rows of untouched items do not re-render).
 * An undefined value removes the key, as the models keep absent boxes absent; an object left
 * empty by that is removed too.
 */
export function withValueAt<T>(document: T, path: string, value: unknown): T {
  return setIn(document, splitPath(path), value) as T;
}

function setIn(node: unknown, steps: string[], value: unknown): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return value;
  if (/^\d+$/.test(step) && (Array.isArray(node) || node === undefined)) {
    const copy = Array.isArray(node) ? [...(node as unknown[])] : [];
    // an element of a list is emptied, never removed: that would renumber the ones after it
    copy[Number(step)] = setIn(copy[Number(step)], rest, value) ?? {};
    return copy;
  }
  const copy: Record<string, unknown> = isPlainObject(node) ? { ...node } : {};
  const next = setIn(copy[step], rest, value);
  if (next === undefined || (isPlainObject(next) && Object.keys(next).length === 0)) delete copy[step];
  else copy[step] = next;
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The item a path points into (`items.12.hsCode` → 12), or null for a header box. */
export function itemIndexOf(path: string): number | null {
  const match = /^items\.(\d+)(?:\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}
