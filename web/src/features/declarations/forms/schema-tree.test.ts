import { documentSchemas } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withValueAt } from '../document-paths.ts';
import { formKinds, kindForm } from './kind-form.ts';
import { type FormNode, formTree, type Leaf, leavesOf } from './schema-tree.ts';

/** Every leaf of a model as its JSON Schema lists it (`items.#.documents.#.kindCode`): read apart from the form's own reading. */
function modelLeaves(schema: unknown, at = ''): string[] {
  const node = schema as { type?: string; properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
  if (node.anyOf) return node.anyOf.flatMap((option) => modelLeaves(option, at));
  if (node.type === 'object' && node.properties)
    return Object.entries(node.properties).flatMap(([name, field]) => modelLeaves(field, at ? `${at}.${name}` : name));
  if (node.type === 'array') {
    const element = node.items as { type?: string };
    return element.type === 'object' ? modelLeaves(element, `${at}.#`) : [at];
  }
  return [at];
}

/** The patterns of the boxes a form's sections hold. */
function formLeaves(nodes: readonly FormNode[]): string[] {
  return leavesOf(nodes).map((node) => node.pattern);
}

function sample(leaf: Leaf): unknown {
  switch (leaf.kind) {
    case 'number':
      return Math.max(1, leaf.min ?? 1);
    case 'date':
      return '2026-11-20';
    case 'dateTime':
      return '2026-11-20T14:35';
    case 'check':
      return true;
    case 'yesNo':
      return false;
    case 'attachment':
      return '0b7d8a8e-3f43-4c8b-9a51-7a3e1c2d4f60';
    case 'choice':
      return leaf.options[0];
    default:
      return 'K'.repeat(Math.min(2, leaf.maxLength ?? 2));
  }
}

describe('every kind’s form read from its model (issue 17 point 1)', () => {
  it.each(formKinds)(
    '%s: every leaf of the model has a box in a section of its layout, none left to “other”',
    (kind) => {
      const { sections } = kindForm(kind);
      expect(sections.map((section) => section.id)).not.toContain('other');
      const placed = new Set(sections.flatMap((section) => formLeaves(section.nodes)));
      const missing = modelLeaves(z.toJSONSchema(documentSchemas[kind], { io: 'input' })).filter(
        (leaf) => !placed.has(leaf),
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(formKinds)('%s: a document filled through every box, lists with an entry, fits the model', (kind) => {
    let document: unknown = {};
    const fill = (nodes: readonly FormNode[], at: string) => {
      for (const node of nodes) {
        const path = at ? `${at}.${node.name}` : node.name;
        if (node.type === 'group') fill(node.children, path);
        else if (node.type === 'list') fill(node.entry, `${path}.0`);
        else if (node.type === 'values') document = withValueAt(document, `${path}.0`, sample(node.leaf));
        else document = withValueAt(document, path, sample(node.leaf));
      }
    };
    fill(kindForm(kind).tree, '');
    const result = documentSchemas[kind].safeParse(document);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('gives each value its box: dates, numbers, choices, checks, and code boxes their reference lists', () => {
    const leaves = new Map(leavesOf(formTree(documentSchemas.transit, 'transit')).map((node) => [node.pattern, node]));
    const leaf = (pattern: string) => (leaves.get(pattern) as { leaf: Leaf }).leaf;
    expect(leaf('deliveryTerm')).toEqual({ kind: 'date' });
    expect(leaf('documents.#.date')).toEqual({ kind: 'date' });
    expect(leaf('totalItems')).toMatchObject({ kind: 'number', integer: true });
    expect(leaf('items.#.grossMass')).toMatchObject({ kind: 'number', integer: false });
    expect(leaf('containers')).toEqual({ kind: 'check' });
    expect(leaf('items.#.hsCode')).toEqual({ kind: 'text', maxLength: 10 });
    expect(leaf('departureOffice')).toEqual({ kind: 'text', maxLength: 8, picker: 'customs-offices' });
    expect(leaf('transitOffices')).toEqual({ kind: 'text', maxLength: 8, picker: 'customs-offices' });
    expect(leaf('route')).toEqual({ kind: 'text', maxLength: 2, picker: 'countries' });
    expect(leaf('consignor.address.countryCode')).toEqual({ kind: 'text', maxLength: 2, picker: 'countries' });
    expect(leaf('invoiceCurrency')).toEqual({ kind: 'text', maxLength: 3, picker: 'currencies' });
    expect(leaf('borderTransport.modeCode')).toEqual({ kind: 'text', maxLength: 2, picker: 'transport-modes' });
    expect(leaf('documents.#.kindCode')).toEqual({ kind: 'text', maxLength: 10, picker: 'document-kinds' });
    const vehicle = leavesOf(formTree(documentSchemas.vehicle, 'vehicle')).find((n) => n.pattern === 'direction');
    expect(vehicle).toMatchObject({ leaf: { kind: 'choice', options: ['IM', 'EK'] } });
    const dts = leavesOf(formTree(documentSchemas.customs_value_1, 'customs_value_1'));
    expect(dts.find((n) => n.pattern === 'relationship.related.yes')).toMatchObject({ leaf: { kind: 'yesNo' } });
    const release = leavesOf(formTree(documentSchemas.release_before_declaration, 'release_before_declaration'));
    expect(release.find((n) => n.pattern === 'items.#.unitCode')).toMatchObject({ leaf: { picker: 'units' } });
    // a goods location's kind is not a document's kind
    const preliminary = leavesOf(formTree(documentSchemas.preliminary, 'preliminary'));
    expect(preliminary.find((n) => n.pattern === 'expectedArrival')).toMatchObject({ leaf: { kind: 'dateTime' } });
    expect(preliminary.find((n) => n.pattern === 'goodsDeclaration.goodsLocation.kindCode')).toMatchObject({
      leaf: { kind: 'text', maxLength: 2 },
    });
    expect(preliminary.find((n) => n.pattern === 'goodsDeclaration.goodsLocation.kindCode')).not.toHaveProperty(
      'leaf.picker',
    );
  });

  it('labels a shared block’s parts once, and a kind’s own boxes under the kind', () => {
    const leaves = leavesOf(formTree(documentSchemas.transit, 'transit'));
    const label = (pattern: string) => leaves.find((node) => node.pattern === pattern)?.label;
    expect(label('consignor.iinBin')).toBe('declarations.forms.blocks.party.fields.iinBin');
    expect(label('consignor.address.city')).toBe('declarations.forms.blocks.address.fields.city');
    expect(label('security.amount')).toBe('declarations.transit.fields.security_amount');
    expect(label('items.#.hsCode')).toBe('declarations.transit.fields.items_hsCode');
    expect(label('items.#.documents.#.number')).toBe('declarations.forms.blocks.supportingDocument.fields.number');
  });

  it('gives a kind without a layout — a future one — a form in its model’s order', () => {
    const model = z.object({ name: z.string().max(5).optional(), count: z.number().int().optional() });
    const tree = formTree(model, 'future');
    expect(leavesOf(tree).map((node) => [node.pattern, node.label])).toEqual([
      ['name', 'declarations.future.fields.name'],
      ['count', 'declarations.future.fields.count'],
    ]);
  });
});
