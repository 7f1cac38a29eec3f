/**
 * A day as people type it in Kazakhstan — DD.MM.YYYY, with dots, slashes or dashes — or as an
 * address carries it (YYYY-MM-DD), to 'YYYY-MM-DD'; null while it is not a whole, real day.
 * The page's date fields use it instead of the browser's date input, whose format follows the
 * browser's language rather than the interface's (issue 19 point 6).
 */
export function dayOfText(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : local
      ? [local[3]!, local[2]!.padStart(2, '0'), local[1]!.padStart(2, '0')]
      : [];
  if (!year || !month || !day) return null;
  const value = `${year}-${month}-${day}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : null;
}
