import type { FormNode } from './schema-tree.ts';

/**
 * How a kind's form is laid out: its sections in the order of the paper form, each naming the
 * model's top-level fields it holds, in order. A section's title is
 * `declarations.<kind>.sections.<id>`; the boxes' labels carry their box numbers.
 */
export interface KindLayout {
  sections: readonly { id: string; fields: readonly string[] }[];
}

export interface FormSection {
  id: string;
  /** catalogue key of the title */
  title: string;
  nodes: FormNode[];
}

/**
 * The form's sections: the layout's, then — for a kind without a layout, or a field the layout
 * does not name yet — one more holding the rest in the model's order, so no box is ever left out.
 */
export function sectionsOf(kind: string, tree: readonly FormNode[], layout: KindLayout | undefined): FormSection[] {
  const byName = new Map(tree.map((node) => [node.name, node]));
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
  const rest = tree.filter((node) => !placed.has(node.name));
  if (rest.length > 0) sections.push({ id: 'other', title: 'declarations.forms.sections.other', nodes: rest });
  return sections;
}
