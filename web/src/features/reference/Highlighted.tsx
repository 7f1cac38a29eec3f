import { Mark } from '@mantine/core';
import { highlightSegments } from './highlight.ts';

/** A name with the words the search matched marked; the text is rendered as text, never as markup. */
export function Highlighted({ text, stems }: { text: string; stems: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, stems).map((segment, index) =>
        segment.marked ? (
          <Mark key={index} data-testid="search-mark">
            {segment.text}
          </Mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** A code with the prefix the reader typed marked. */
export function HighlightedCode({ code, prefix }: { code: string; prefix: string | null }) {
  if (!prefix || !code.startsWith(prefix)) return <>{code}</>;
  return (
    <>
      <Mark data-testid="search-mark">{code.slice(0, prefix.length)}</Mark>
      {code.slice(prefix.length)}
    </>
  );
}
