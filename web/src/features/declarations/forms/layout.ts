import type { FormNode } from './schema-tree.ts';

/**
 * How a kind's form is laid out: its sections in the order of the paper form, each naming the
 * model's top-level fields it holds, in order; and inside a group or a list's entry, its boxes in
 * the paper form's order, by the group's pattern (`items`, `items.#.additions`, `security`). A
 * section's title is `declarations.<kind>.sections.<id>`; the boxes' labels carry their box numbers.
 */
export interface KindLayout {
  sections: readonly { id: string; fields: readonly string[] }[];
  /** the fields of each of the kind's own groups and lists of entries, in the paper form's order */
  nested?: Readonly<Record<string, readonly string[]>>;
}

export interface FormSection {
  id: string;
  /** catalogue key of the title */
  title: string;
  nodes: FormNode[];
}

/** Nodes with the parts of every group and list entry put in the layout's order; parts it does not name follow in the model's. */
function ordered(nodes: readonly FormNode[], nested: KindLayout['nested']): FormNode[] {
  if (!nested) return [...nodes];
  const inOrder = (pattern: string, parts: readonly FormNode[]) => {
    const order = nested[pattern] ?? [];
    const rank = (node: FormNode) => {
      const at = order.indexOf(node.name);
      return at < 0 ? order.length : at;
    };
    // a stable sort: the parts not named keep the model's order after those named
    return ordered(parts, nested).sort((a, b) => rank(a) - rank(b));
  };
  return nodes.map((node) => {
    if (node.type === 'group') return { ...node, children: inOrder(node.pattern, node.children) };
    if (node.type === 'list') return { ...node, entry: inOrder(node.pattern, node.entry) };
    return node;
  });
}

/**
 * The form's sections: the layout's, then — for a kind without a layout, or a field the layout
 * does not name yet — one more holding the rest in the model's order, so no box is ever left out.
 */
export function sectionsOf(kind: string, tree: readonly FormNode[], layout: KindLayout | undefined): FormSection[] {
  const laidOut = ordered(tree, layout?.nested);
  const byName = new Map(laidOut.map((node) => [node.name, node]));
  const placed = new Set<string>();
  const sections: FormSection[] = (layout?.sections ?? []).map((section) => ({
    id: section.id,
    title: `declarations.${kind}.sections.${section.id}`,
    nodes: section.fields.flatMap((name) => {
      const node = byName.get(name);
      if (!node) return [];
      placed.add(name);
      return [node];
    }),
  }));
  const rest = laidOut.filter((node) => !placed.has(node.name));
  if (rest.length > 0) sections.push({ id: 'other', title: 'declarations.forms.sections.other', nodes: rest });
  return sections;
}
