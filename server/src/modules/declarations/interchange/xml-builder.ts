/**
 * A few lines of XML writing for the album's documents: elements by namespace prefix and name,
 * text escaped, and an element left out when it would be empty — the album's elements are
 * optional unless a value is present, so "nothing to say" writes nothing.
 */
export type XmlNode = { name: string; children: XmlNode[]; text?: string } | undefined;

type Content = string | number | boolean | undefined | XmlNode | Content[];

export function el(name: string, ...content: Content[]): XmlNode {
  const children: XmlNode[] = [];
  let text: string | undefined;
  for (const part of content) {
    if (part === undefined) continue;
    if (typeof part === 'string' || typeof part === 'number' || typeof part === 'boolean') {
      const value = typeof part === 'number' ? numberText(part) : String(part);
      if (value !== '') text = value;
    } else if (Array.isArray(part)) {
      const nested = el(name, ...part);
      if (nested) children.push(...nested.children);
    } else children.push(part);
  }
  if (text === undefined && children.length === 0) return undefined;
  return { name, children, ...(text === undefined ? {} : { text }) };
}

/** An element that must be written even when empty (the schema requires it). */
export function required(name: string, ...content: Content[]): NonNullable<XmlNode> {
  return el(name, ...content) ?? { name, children: [] };
}

/** Numbers as decimal text without exponent: 1e-7 and 1e21 are not xs:decimal. */
function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(6).replace(/\.?0+$/, '') : text;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]!);

/** The tree as text, one element a line, indented: people open these files. */
export function serialise(root: NonNullable<XmlNode>, attributes: Record<string, string>): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  write(root, 0, attrs);
  return `${lines.join('\n')}\n`;

  function write(node: NonNullable<XmlNode>, depth: number, extra = ''): void {
    const pad = '  '.repeat(depth);
    if (node.children.length === 0) {
      lines.push(
        node.text === undefined
          ? `${pad}<${node.name}${extra}/>`
          : `${pad}<${node.name}${extra}>${escapeXml(node.text)}</${node.name}>`,
      );
      return;
    }
    lines.push(`${pad}<${node.name}${extra}>`);
    for (const child of node.children) write(child!, depth + 1);
    lines.push(`${pad}</${node.name}>`);
  }
}
