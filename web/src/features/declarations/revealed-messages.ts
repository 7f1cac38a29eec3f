import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ControlMessage } from './findings.ts';
import { prefilledParts } from './prefill.ts';

/** A paste of a whole document touches everything: past this many boxes the rest count as touched too. */
const maxTouched = 2_000;

/**
 * The boxes an edit changed, as document paths of their values (`declarant.name`, `items.3.hsCode`).
 * Unchanged parts are the same objects (edits replace only the objects along their path), so the
 * walk skips them; an added empty row or group changes no box. Stops at `limit` paths.
 */
export function changedPaths(
  before: unknown,
  after: unknown,
  at = '',
  out: string[] = [],
  limit = maxTouched,
): string[] {
  if (before === after || out.length >= limit) return out;
  const container = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';
  if (container(after) || container(before)) {
    const a = container(before) ? before : {};
    const b = container(after) ? after : {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      changedPaths(a[key], b[key], at ? `${at}.${key}` : key, out, limit);
      if (out.length >= limit) break;
    }
    return out;
  }
  out.push(at);
  return out;
}

/** Whether a message about `path` is shown: its box, a box inside it or the group holding it was touched. */
export function isTouched(path: string, touched: ReadonlySet<string>): boolean {
  if (touched.has(path)) return true;
  for (const box of touched) if (box.startsWith(`${path}.`) || path.startsWith(`${box}.`)) return true;
  return false;
}

/**
 * Whether a draft opens quiet: as "new" made it — never saved since (revision 1) and holding no
 * boxes but those the account prefilled. Any other draft (a copy, one worked on before) shows all.
 */
export function opensQuiet(revision: number, document: unknown): boolean {
  return (
    revision === 1 &&
    changedPaths(undefined, document).every((path) => prefilledParts.some((part) => path.startsWith(`${part}.`)))
  );
}

export interface RevealedMessages {
  /** the messages shown at their boxes and in the list */
  shown: ControlMessage[];
  /** how many are held back until their box is touched or the user checks */
  held: number;
  reveal(): void;
}

/**
 * Issue 19 point 6: a blank draft does not open with every required box in red. A message shows
 * once its box was touched (changed in this visit) or after the user asked for the check; a draft
 * that does not open quiet (see opensQuiet) shows all. Held messages still count:
 * the document cannot be submitted while control finds errors, shown or not.
 */
export function useRevealedMessages(
  document: unknown,
  messages: readonly ControlMessage[],
  quiet: boolean,
): RevealedMessages {
  const [all, setAll] = useState(!quiet);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const previous = useRef(document);

  useEffect(() => {
    if (all || previous.current === document) return;
    const changed = changedPaths(previous.current, document);
    previous.current = document;
    if (changed.length >= maxTouched) setAll(true);
    else if (changed.length > 0)
      setTouched((current) => (changed.every((p) => current.has(p)) ? current : new Set([...current, ...changed])));
  }, [document, all]);

  const reveal = useCallback(() => setAll(true), []);
  const shown = useMemo(
    () => (all ? [...messages] : messages.filter((message) => isTouched(message.path, touched))),
    [all, messages, touched],
  );
  return { shown, held: messages.length - shown.length, reveal };
}
