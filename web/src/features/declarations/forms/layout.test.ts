import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import ru from '../locales/ru.json';
import { formKinds, kindForm } from './kind-form.ts';
import { type KindLayout, sectionsOf } from './layout.ts';
import { kindLayouts } from './layouts/index.ts';
import type { FormNode } from './schema-tree.ts';

const laidOut = formKinds.filter((kind) => kindLayouts[kind]);

/** A catalogue key's Russian text. */
const text = (key: string): string =>
  String(key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], ru) ?? '');

/** The box number a label opens with («Графа 25(а): …», «13(б): …», «Графы 21–23: …», «1. …»), as [number, letter]; null when it names none. */
function boxOf(label: string): [number, string] | null {
  const match = /^(?:Граф[аы]\s+)?(\d+)(?:\(([а-я])\))?(?=[\s:.–])/.exec(text(label));
  return match ? [Number(match[1]), match[2] ?? ''] : null;
}

const partsOf = (node: FormNode) => (node.type === 'group' ? node.children : node.type === 'list' ? node.entry : null);

/** Every group and list of entries, with their parts, depth first. */
function groupsOf(nodes: readonly FormNode[]): { pattern: string; label: string; parts: FormNode[] }[] {
  return nodes.flatMap((node) => {
    const parts = partsOf(node);
    return parts ? [{ pattern: node.pattern, label: node.label, parts }, ...groupsOf(parts)] : [];
  });
}

/** The parts whose box numbers go backwards: "a before b" for each such pair. */
function backwards(parts: readonly FormNode[]): string[] {
  const numbered = parts.flatMap((part) => {
    const box = boxOf(part.label);
    return box ? [{ name: part.name, box }] : [];
  });
  return numbered.flatMap((part, i) => {
    const next = numbered[i + 1];
    if (!next) return [];
    const [number, letter] = part.box;
    const [nextNumber, nextLetter] = next.box;
    return number > nextNumber || (number === nextNumber && letter > nextLetter)
      ? [`${part.name} before ${next.name}`]
      : [];
  });
}

describe('a kind’s boxes in the order of its paper form, inside groups too (issue 17 point 1)', () => {
  it.each(laidOut)(
    '%s: each own group and list of entries is ordered by the layout, naming each of its fields once',
    (kind) => {
      const layout = kindLayouts[kind] as KindLayout;
      const groups = groupsOf(kindForm(kind).tree);
      for (const [pattern, order] of Object.entries(layout.nested ?? {})) {
        const group = groups.find((g) => g.pattern === pattern);
        expect(group, `${kind}: ${pattern} is no group of the model`).toBeDefined();
        expect([...order].sort(), `${kind}: ${pattern}`).toEqual(group?.parts.map((part) => part.name).sort());
      }
      // every group of several of the kind's own boxes has its order; a block the models share (a party, an address) keeps the block's
      const own = groups.filter(
        (group) => group.parts.length > 1 && group.parts[0]!.label.startsWith(`declarations.${kind}.fields.`),
      );
      expect(own.map((group) => group.pattern).filter((pattern) => !layout.nested?.[pattern])).toEqual([]);
    },
  );

  it.each(laidOut)(
    '%s: the box numbers the labels carry never go backwards, in a section or inside a group',
    (kind) => {
      const { sections } = kindForm(kind);
      const found = sections.flatMap((section) => [
        ...backwards(section.nodes).map((pair) => `${section.id}: ${pair}`),
        ...groupsOf(section.nodes).flatMap((group) =>
          backwards(group.parts).map((pair) => `${group.pattern}: ${pair}`),
        ),
      ]);
      expect(found).toEqual([]);
    },
  );

  it('reads box numbers as the labels write them, and catches a group put out of order', () => {
    expect(boxOf('declarations.transit.fields.items_hsCode')).toEqual([33, '']);
    expect(boxOf('declarations.customs_value_1.fields.items_customsValueUsd')).toEqual([25, 'б']);
    expect(boxOf('declarations.customs_value_1.fields.items_additions')).toEqual([13, '']);
    expect(boxOf('declarations.customs_value_1.fields.items_additions_royalties')).toEqual([15, '']);
    expect(boxOf('declarations.transit.fields.departureOffice')).toBeNull();
    // the transit items in the model's order: box 32 before 31, 42 before 40
    const kind: DeclarationKind = 'transit';
    const modelOrder = sectionsOf(kind, kindForm(kind).tree, { sections: kindLayouts[kind]!.sections });
    const items = groupsOf(modelOrder.flatMap((section) => section.nodes)).find((g) => g.pattern === 'items')!;
    expect(backwards(items.parts)).toEqual(['number before description', 'invoiceValue before previousDocument']);
  });
});
