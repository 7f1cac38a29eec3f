import type { Element, Node } from '@xmldom/xmldom';

/** Small, namespace-exact DOM helpers: XMLDSig elements are found by namespace and local name only. */

const ELEMENT = 1;

export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === ELEMENT;
}

export function childElements(parent: Node, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && child.namespaceURI === namespace && child.localName === localName) found.push(child);
  }
  return found;
}

/** The one child of that name, or null when there are none; more than one throws. */
export function onlyChild(parent: Node, namespace: string, localName: string): Element | null {
  const found = childElements(parent, namespace, localName);
  if (found.length > 1) throw new XmlShapeError(`more than one ${localName}`);
  return found[0] ?? null;
}

export function requiredChild(parent: Node, namespace: string, localName: string): Element {
  const found = onlyChild(parent, namespace, localName);
  if (!found) throw new XmlShapeError(`${(parent as Element).localName ?? 'element'} has no ${localName}`);
  return found;
}

/** Every element below `root` in document order, without recursion (documents may nest deeply). */
export function descendants(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    found.push(node);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}

/** Element text with surrounding whitespace removed, as for DigestValue and base64 content. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').trim();
}

/** Strict base64 (whitespace allowed between characters, as XML Schema base64Binary does). */
export function base64Bytes(text: string): Uint8Array {
  const compact = text.replace(/[ \t\r\n]+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new XmlShapeError('bad base64');
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

export class XmlShapeError extends Error {
  override readonly name = 'XmlShapeError';
}
