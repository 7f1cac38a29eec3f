/** An entry of a code box's reference list: its code, and its name in the user's language. */
export interface PickOption {
  code: string;
  name: string;
}

/** The option a typed text names: its code in any case (`kz` → `KZ`), or null. */
export function optionOf(options: readonly PickOption[], text: string): PickOption | null {
  const typed = text.trim().toUpperCase();
  return options.find((option) => option.code.toUpperCase() === typed) ?? null;
}

/** The options a search matches: codes that start with it, then names that contain it. */
export function matching(options: readonly PickOption[], search: string, limit: number): PickOption[] {
  const wanted = search.trim().toLowerCase();
  if (wanted === '') return options.slice(0, limit);
  const byCode = options.filter((o) => o.code.toLowerCase().startsWith(wanted));
  const byName = options.filter((o) => !byCode.includes(o) && o.name.toLowerCase().includes(wanted));
  return [...byCode, ...byName].slice(0, limit);
}
