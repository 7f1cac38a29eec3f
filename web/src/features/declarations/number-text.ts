/**
 * A number as typed: the text stays as the user has it ("12." on the way to "12.5"), the document
 * gets the number it means. A comma is a decimal separator here as often as a point.
 */
export function parseNumberText(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return undefined;
  if (!/^-?\d*\.?\d*$/.test(trimmed) || trimmed === '-' || trimmed === '.') return 'invalid';
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'invalid';
}

/** Whether the text already shows `value`, so an outside change (a duplicated row) replaces the text and typing does not. */
export function textShows(text: string, value: number | undefined): boolean {
  const parsed = parseNumberText(text);
  return parsed === 'invalid' ? false : parsed === value;
}
