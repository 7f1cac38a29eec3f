/** An entry of a code box's reference list: its code, and its name in the user's language. */
export interface PickOption {
  code: string;
  name: string;
}

/**
 * A code as people type it, written as the lists write it: spaces left out and letters in capitals
 * (`kz` → `KZ`, `8517 13 000 0` → `8517130000`, as the nomenclature is printed).
 */
export function codeOf(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The option a typed text names: its code as people type it, or its whole name in any case (`казахстан` → `KZ`); or null. */
export function optionOf(options: readonly PickOption[], text: string): PickOption | null {
  const typed = codeOf(text);
  if (typed === '') return null;
  const name = text.trim().toLowerCase();
  return (
    options.find((option) => codeOf(option.code) === typed) ??
    options.find((option) => option.name.trim().toLowerCase() === name) ??
    null
  );
}

/** The options a search matches: codes that start with it (spaces ignored), then names that contain it. */
export function matching(options: readonly PickOption[], search: string, limit: number): PickOption[] {
  const wanted = search.trim().toLowerCase();
  if (wanted === '') return options.slice(0, limit);
  const code = codeOf(search);
  const byCode = options.filter((o) => codeOf(o.code).startsWith(code));
  const byName = options.filter((o) => !byCode.includes(o) && o.name.toLowerCase().includes(wanted));
  return [...byCode, ...byName].slice(0, limit);
}
