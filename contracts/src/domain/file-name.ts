// What changes how a name reads without being seen: C0 and C1 controls, the Arabic letter mark,
// zero-width characters and marks, bidirectional embeddings, overrides and isolates, word joiners
// and the byte-order mark. `invoice\u202Efdp.exe` shows as "invoiceexe.pdf" to whoever opens it.
const unseen = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A file name as it will be shown and saved: nothing unseen in it, spaces collapsed, trimmed. */
export function plainFileName(name: string): string {
  return name.replace(unseen, '').replace(/\s+/g, ' ').trim();
}

/** The extension of a file name, lower-case, without the dot; '' when it has none. */
export function fileExtension(name: string): string {
  const match = /\.([^.\s]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}
