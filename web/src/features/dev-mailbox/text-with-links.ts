/** A message text cut into plain pieces and links, so the links can be shown clickable. */
export type TextPiece = { text: string } | { link: string };

export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let rest = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'()[\]]+/g)) {
    // Punctuation closing a sentence is not part of the link.
    const link = match[0].replace(/[.,;:!?]+$/, '');
    if (match.index > rest) pieces.push({ text: text.slice(rest, match.index) });
    pieces.push({ link });
    rest = match.index + link.length;
  }
  if (rest < text.length) pieces.push({ text: text.slice(rest) });
  return pieces;
}
