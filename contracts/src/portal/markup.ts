/**
 * The portal's text markup: a small Markdown-like subset that administrators write and that is
 * never turned into raw HTML. The parser yields a tree of plain strings; the web app draws it as
 * React elements and the Atom feed prints it with every character escaped, so no markup an
 * editor types can become a script. Links keep only http(s), mailto and site-relative addresses.
 *
 *   ## Heading, ### smaller heading
 *   - bullet item          1. numbered item
 *   **bold**, *italic*, [text](https://…), and bare https://… addresses
 *
 * This file has no dependencies: the web app imports it as it is.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'emphasis'; text: string }
  | { type: 'link'; text: string; href: string }
  | { type: 'break' };

export type Block =
  | { type: 'heading'; level: 2 | 3; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

const bullet = /^\s*[-*]\s+(.*)$/;
const numbered = /^\s*\d{1,3}[.)]\s+(.*)$/;
const heading = /^(#{2,3})\s+(.*)$/;

export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', content: inlineLines(paragraph) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item)) });
    paragraph = [];
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const title = heading.exec(line);
    const item = bullet.exec(line) ?? numbered.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (title) {
      flush();
      blocks.push({ type: 'heading', level: title[1]!.length as 2 | 3, content: parseInline(title[2]!.trim()) });
    } else if (item) {
      const ordered = numbered.test(line) && !bullet.test(line);
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
    } else if (list) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

function inlineLines(lines: string[]): Inline[] {
  return lines.flatMap((line, index) =>
    index === 0 ? parseInline(line) : [{ type: 'break' } as const, ...parseInline(line)],
  );
}

const inlinePattern =
  /\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|\[([^\]]+)\]\(([^()\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  const pushText = (value: string) => {
    if (value === '') return;
    const last = result[result.length - 1];
    if (last?.type === 'text') last.text += value;
    else result.push({ type: 'text', text: value });
  };
  let position = 0;
  for (const match of text.matchAll(inlinePattern)) {
    pushText(text.slice(position, match.index));
    position = match.index + match[0].length;
    const [whole, strong, emphasis, linkText, linkHref, bare] = match;
    if (strong !== undefined) result.push({ type: 'strong', text: strong });
    else if (emphasis !== undefined) result.push({ type: 'emphasis', text: emphasis });
    else if (linkText !== undefined && safeHref(linkHref!))
      result.push({ type: 'link', text: linkText, href: linkHref! });
    else if (bare !== undefined) result.push({ type: 'link', text: bare, href: bare });
    else pushText(whole);
  }
  pushText(text.slice(position));
  return result;
}

/** Addresses a link may point at: the web, e-mail, or a page of this site — never `javascript:` or `data:`. */
export function safeHref(href: string): boolean {
  return (
    /^https?:\/\/[^\s]+$/i.test(href) ||
    /^mailto:[^\s]+$/i.test(href) ||
    (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\'))
  );
}

/** The text of a piece of markup without its marks: for feeds' summaries and search. */
export function plainText(blocks: Block[]): string {
  const line = (content: Inline[]) => content.map((inline) => (inline.type === 'break' ? ' ' : inline.text)).join('');
  return blocks
    .map((block) =>
      block.type === 'list' ? block.items.map((item) => `- ${line(item)}`).join('\n') : line(block.content),
    )
    .join('\n\n');
}
