import type { Attr, Document, Element, Node } from '@xmldom/xmldom';

/**
 * Canonical XML 1.0 and Exclusive XML Canonicalization 1.0 over an xmldom tree: the byte form
 * that XMLDSig digests and signs (REG-4, ACC-9). Only the node-sets XMLDSig references produce
 * without XPath are supported: a whole document or an element subtree, optionally minus some
 * subtrees (the enveloped-signature transform removes the Signature element).
 */

export const c14nAlgorithms = {
  inclusive: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  inclusiveWithComments: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
  exclusive: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  exclusiveWithComments: 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
} as const;

export interface C14nOptions {
  exclusive: boolean;
  withComments: boolean;
  /** Exclusive only: the InclusiveNamespaces PrefixList, `#default` naming the default namespace. */
  inclusivePrefixes?: readonly string[];
  /** Subtrees left out of the node-set (the enveloped-signature transform). */
  exclude?: ReadonlySet<Node>;
}

/** The options an algorithm URI stands for, or null when it is not a canonicalization we do. */
export function c14nOptionsFor(algorithm: string): Omit<C14nOptions, 'exclude' | 'inclusivePrefixes'> | null {
  switch (algorithm) {
    case c14nAlgorithms.inclusive:
      return { exclusive: false, withComments: false };
    case c14nAlgorithms.inclusiveWithComments:
      return { exclusive: false, withComments: true };
    case c14nAlgorithms.exclusive:
      return { exclusive: true, withComments: false };
    case c14nAlgorithms.exclusiveWithComments:
      return { exclusive: true, withComments: true };
    default:
      return null;
  }
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;
const COMMENT = 8;
const DOCUMENT = 9;

/** prefix ('' for the default namespace) → namespace URI ('' when undeclared). */
type Namespaces = ReadonlyMap<string, string>;

/** Work left for the iterative writer: an element to open, or output ready to append. */
type Step = { element: Element; scope: Namespaces; rendered: Namespaces; inherited: readonly Attr[] } | string;

export function canonicalize(root: Document | Element, options: C14nOptions): string {
  const out: string[] = [];
  const writer = new Writer(out, options);
  if (root.nodeType === DOCUMENT) writer.document(root as Document);
  else {
    const element = root as Element;
    const inherited = options.exclusive ? [] : inheritedXmlAttributes(element);
    writer.element(element, namespacesInScope(element.parentNode), new Map(), inherited);
  }
  return out.join('');
}

export function canonicalBytes(root: Document | Element, options: C14nOptions): Uint8Array {
  return new TextEncoder().encode(canonicalize(root, options));
}

class Writer {
  private readonly inclusivePrefixes: ReadonlySet<string>;

  constructor(
    private readonly out: string[],
    private readonly options: C14nOptions,
  ) {
    this.inclusivePrefixes = new Set((options.inclusivePrefixes ?? []).map((p) => (p === '#default' ? '' : p)));
  }

  document(document: Document): void {
    // Outside the document element only comments and PIs survive, each separated from the
    // document element by one line feed (C14N 1.0 §2.1); the XML declaration is not a PI.
    let afterElement = false;
    for (const child of childList(document)) {
      if (child.nodeType === ELEMENT) {
        if (this.excluded(child)) continue;
        this.element(child as Element, new Map(), new Map(), []);
        afterElement = true;
        continue;
      }
      const text = this.misc(child, true);
      if (text === null) continue;
      this.out.push(afterElement ? `\n${text}` : `${text}\n`);
    }
  }

  /**
   * Writes an element and its content. Iterative, with an explicit stack, because hostile or odd
   * documents can nest deeper than the call stack allows.
   */
  element(root: Element, rootScope: Namespaces, rootRendered: Namespaces, inheritedXml: readonly Attr[]): void {
    const stack: Step[] = [{ element: root, scope: rootScope, rendered: rootRendered, inherited: inheritedXml }];
    while (stack.length > 0) {
      const step = stack.pop()!;
      if (typeof step === 'string') {
        this.out.push(step);
        continue;
      }
      const { scope, rendered } = this.startTag(step.element, step.scope, step.rendered, step.inherited);
      stack.push(`</${step.element.nodeName}>`);
      // Pushed last child first, so that they come off the stack in document order.
      for (let child = step.element.lastChild; child; child = child.previousSibling) {
        if (child.nodeType === ELEMENT) {
          if (!this.excluded(child)) stack.push({ element: child as Element, scope, rendered, inherited: [] });
          continue;
        }
        const text = this.misc(child, false);
        if (text !== null) stack.push(text);
      }
    }
  }

  /** Writes a start tag; returns the namespaces in scope and rendered for the element's content. */
  private startTag(
    element: Element,
    parentScope: Namespaces,
    rendered: Namespaces,
    inheritedXml: readonly Attr[],
  ): { scope: Namespaces; rendered: Namespaces } {
    let scope = parentScope;
    const attributes: Attr[] = [];
    for (const attribute of attributeList(element)) {
      const declared = declaredPrefix(attribute);
      if (declared === null) attributes.push(attribute);
      else {
        if (scope === parentScope) scope = new Map(parentScope);
        (scope as Map<string, string>).set(declared, attribute.value);
      }
    }
    for (const attribute of inheritedXml) {
      if (!attributes.some((a) => a.name === attribute.name)) attributes.push(attribute);
    }

    const candidates = this.options.exclusive ? this.visiblyUtilized(element, attributes, scope) : scope.keys();
    const declarations: [string, string][] = [];
    for (const prefix of candidates) {
      const uri = scope.get(prefix) ?? '';
      // `xml` is bound by definition and never declared; a prefix cannot be undeclared in XML 1.0.
      if (prefix === 'xml' || (prefix !== '' && uri === '')) continue;
      // An empty default namespace needs xmlns="" only to undo a default an output ancestor set.
      const before = prefix === '' ? (rendered.get('') ?? '') : rendered.get(prefix);
      if (before !== uri) declarations.push([prefix, uri]);
    }
    let nowRendered = rendered;
    if (declarations.length > 0) {
      const copy = new Map(rendered);
      for (const [prefix, uri] of declarations) copy.set(prefix, uri);
      nowRendered = copy;
    }
    declarations.sort(([a], [b]) => compareCodePoints(a, b));
    attributes.sort(
      (a, b) =>
        compareCodePoints(a.namespaceURI ?? '', b.namespaceURI ?? '') ||
        compareCodePoints(a.localName ?? a.name, b.localName ?? b.name),
    );

    this.out.push('<', element.nodeName);
    for (const [prefix, uri] of declarations)
      this.out.push(prefix === '' ? ' xmlns="' : ` xmlns:${prefix}="`, escapeAttribute(uri), '"');
    for (const attribute of attributes) this.out.push(' ', attribute.name, '="', escapeAttribute(attribute.value), '"');
    this.out.push('>');
    return { scope, rendered: nowRendered };
  }

  /** Exc-C14N §3: the prefixes an element or its attributes use, plus the InclusiveNamespaces list. */
  private visiblyUtilized(element: Element, attributes: readonly Attr[], scope: Namespaces): string[] {
    const prefixes = new Set<string>([element.prefix ?? '']);
    for (const attribute of attributes) if (attribute.prefix) prefixes.add(attribute.prefix);
    for (const prefix of this.inclusivePrefixes) if (scope.has(prefix)) prefixes.add(prefix);
    return [...prefixes];
  }

  /** Text, comments and PIs; null for what the node-set leaves out. */
  private misc(node: Node, atDocumentLevel: boolean): string | null {
    switch (node.nodeType) {
      case TEXT:
      case CDATA:
        return atDocumentLevel ? null : escapeText(node.nodeValue ?? '');
      case COMMENT:
        return this.options.withComments ? `<!--${node.nodeValue ?? ''}-->` : null;
      case PROCESSING_INSTRUCTION: {
        const target = node.nodeName;
        if (atDocumentLevel && target.toLowerCase() === 'xml') return null;
        const data = node.nodeValue ?? '';
        return data === '' ? `<?${target}?>` : `<?${target} ${data}?>`;
      }
      default:
        return null;
    }
  }

  private excluded(node: Node): boolean {
    return this.options.exclude?.has(node) ?? false;
  }
}

/** The prefix an xmlns attribute declares ('' for xmlns=), or null for an ordinary attribute. */
function declaredPrefix(attribute: Attr): string | null {
  if (attribute.name === 'xmlns') return '';
  if (attribute.name.startsWith('xmlns:')) return attribute.name.slice(6);
  return null;
}

/** Namespace declarations in force at a node, collected from it and its ancestors (nearest wins). */
export function namespacesInScope(node: Node | null): Map<string, string> {
  const chain: Element[] = [];
  for (let n = node; n && n.nodeType === ELEMENT; n = n.parentNode) chain.unshift(n as Element);
  const scope = new Map<string, string>();
  for (const element of chain) {
    for (const attribute of attributeList(element)) {
      const prefix = declaredPrefix(attribute);
      if (prefix !== null) scope.set(prefix, attribute.value);
    }
  }
  return scope;
}

/** C14N 1.0 §2.4: an apex element of a subtree takes the xml:* attributes of its ancestors. */
function inheritedXmlAttributes(element: Element): Attr[] {
  const found = new Map<string, Attr>();
  for (let n = element.parentNode; n && n.nodeType === ELEMENT; n = n.parentNode) {
    for (const attribute of attributeList(n as Element)) {
      if (attribute.name.startsWith('xml:') && !found.has(attribute.name)) found.set(attribute.name, attribute);
    }
  }
  return [...found.values()];
}

function childList(node: Node): Node[] {
  const list: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) list.push(child);
  return list;
}

function attributeList(element: Element): Attr[] {
  const list: Attr[] = [];
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (attribute) list.push(attribute);
  }
  return list;
}

function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' })[c] ?? c);
}

function escapeAttribute(text: string): string {
  return text.replace(
    /[&<"\t\n\r]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' })[c] ?? c,
  );
}

const surrogate = /[\uD800-\uDFFF]/;

/** The specs order by Unicode code point, which differs from UTF-16 order above U+D7FF. */
function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  if (!surrogate.test(a) && !surrogate.test(b)) return a < b ? -1 : 1;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
