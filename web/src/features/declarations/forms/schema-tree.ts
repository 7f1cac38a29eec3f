import { z } from 'zod';
import { type Picker, pickerOf } from '../pick/pickers.ts';
import { blockOf } from './blocks.ts';

/**
 * A kind's model read as a form (issue 17 point 1): objects become groups, lists of objects lists
 * of entries, lists of codes repeated boxes, and every other field one box of the right sort with
 * the bounds the model sets. Read from the zod model at run time, so a kind — also one added
 * later — gets a form without a hand-written one; the layouts only order and title the parts.
 *
 * Paths are relative to the node's parent; `#` stands for an entry's index in `pattern`s.
 */
export type Leaf =
  | { kind: 'text'; maxLength?: number; picker?: Picker }
  | { kind: 'number'; integer: boolean; min?: number }
  | { kind: 'date' }
  /** a day and a time of day, local time 'YYYY-MM-DDTHH:MM' */
  | { kind: 'dateTime' }
  | { kind: 'check' }
  /** a question's answer (DTS-1 boxes 7–9), where "no" is an answer and not a box left empty */
  | { kind: 'yesNo' }
  /** the id of a file attached to the draft: picked among them */
  | { kind: 'attachment' }
  | { kind: 'choice'; options: readonly string[] };

interface Named {
  /** the field's name in its parent object */
  name: string;
  /** the path from the document's root with `#` for list indices (`items.#.documents.#.kindCode`) */
  pattern: string;
  /** catalogue key of the label */
  label: string;
}

export type FormNode =
  | (Named & { type: 'group'; children: FormNode[] })
  | (Named & { type: 'list'; max: number; entry: FormNode[] })
  | (Named & { type: 'values'; max: number; leaf: Leaf })
  | (Named & { type: 'leaf'; leaf: Leaf; values?: string });

/** Where a field's labels live: a kind's own fields, or a building block many kinds share (a party, an address…). */
interface Namespace {
  /** `declarations.<kind>` or `declarations.forms.blocks.<block>` */
  base: string;
  /** the path from the namespace's root, dots replaced by `_` and list indices left out */
  prefix: string[];
}

const labelOf = (ns: Namespace, name: string) => `${ns.base}.fields.${[...ns.prefix, name].join('_')}`;

/** What a field's schema is once `.optional()`, `.nullable()` and defaults are looked through. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault)
    current = current.unwrap() as z.ZodType;
  return current;
}

function maxOf(schema: z.ZodType): number | undefined {
  for (const check of (schema._zod.def as { checks?: { _zod: { def: { check: string; maximum?: number } } }[] })
    .checks ?? []) {
    if (check._zod.def.check === 'max_length') return check._zod.def.maximum;
  }
  return undefined;
}

/** A date is a short string named as one (`date`, `importDate`, `deliveryTerm`…): the models write dates as YYYY-MM-DD text. */
const dateName = /^(date|term)$|(Date|Term)$/;

/** A day with its time is a string named as a moment (`expectedArrival`, `…DateTime`): the models write it YYYY-MM-DDTHH:MM. */
const dateTimeName = /(Arrival|DateTime)$/;

function leafOf(schema: z.ZodType, name: string, ns: Namespace): Leaf | null {
  if (schema instanceof z.ZodBoolean) return ns.base.endsWith('.answer') ? { kind: 'yesNo' } : { kind: 'check' };
  if (schema instanceof z.ZodNumber)
    return {
      kind: 'number',
      integer: schema.isInt,
      ...(schema.minValue !== null && Number.isFinite(schema.minValue) ? { min: schema.minValue } : {}),
    };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options.map(String) };
  if (schema instanceof z.ZodString) {
    if (schema.format === 'uuid') return { kind: 'attachment' };
    const maxLength = schema.maxLength ?? undefined;
    if (maxLength === 10 && dateName.test(name)) return { kind: 'date' };
    if (maxLength !== undefined && maxLength >= 16 && dateTimeName.test(name)) return { kind: 'dateTime' };
    const picker = pickerOf(name, ns.base.split('.').at(-1)!);
    return { kind: 'text', maxLength, ...(picker ? { picker } : {}) };
  }
  return null;
}

function nodesOf(shape: Record<string, z.ZodType>, ns: Namespace, at: string): FormNode[] {
  return Object.entries(shape).map(([name, field]) => nodeOf(name, unwrap(field), ns, at ? `${at}.${name}` : name));
}

/** A group's children: in a block's namespace when the object is one the models share. */
function childrenOf(object: z.ZodObject, name: string, ns: Namespace, pattern: string): FormNode[] {
  const shape = object.shape as Record<string, z.ZodType>;
  const block = blockOf(Object.keys(shape));
  const inner: Namespace = block
    ? { base: `declarations.forms.blocks.${block}`, prefix: [] }
    : { base: ns.base, prefix: [...ns.prefix, name] };
  return nodesOf(shape, inner, pattern);
}

function nodeOf(name: string, schema: z.ZodType, ns: Namespace, pattern: string): FormNode {
  const label = labelOf(ns, name);
  if (schema instanceof z.ZodObject)
    return { type: 'group', name, pattern, label, children: childrenOf(schema, name, ns, pattern) };
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element as z.ZodType);
    const max = maxOf(schema) ?? 999;
    if (element instanceof z.ZodObject)
      return { type: 'list', name, pattern, label, max, entry: childrenOf(element, name, ns, `${pattern}.#`) };
    const leaf = leafOf(element, name, ns);
    if (leaf) return { type: 'values', name, pattern, label, max, leaf };
  }
  const leaf = leafOf(schema, name, ns);
  if (!leaf) throw new Error(`the form cannot show ${pattern}: its model is of a sort it does not know`);
  return leaf.kind === 'choice'
    ? { type: 'leaf', name, pattern, label, leaf, values: `${ns.base}.values.${[...ns.prefix, name].join('_')}` }
    : { type: 'leaf', name, pattern, label, leaf };
}

/** A kind's model as the form's tree of parts. */
export function formTree(model: z.ZodType, kind: string): FormNode[] {
  const root = unwrap(model);
  if (!(root instanceof z.ZodObject)) throw new Error(`the model of ${kind} is not an object`);
  return nodesOf(root.shape as Record<string, z.ZodType>, { base: `declarations.${kind}`, prefix: [] }, '');
}

/** Every box a user fills: the leaves and the repeated boxes, with their labels (and the labels of their choices). */
export function leavesOf(nodes: readonly FormNode[]): FormNode[] {
  return nodes.flatMap((node) =>
    node.type === 'group' ? leavesOf(node.children) : node.type === 'list' ? leavesOf(node.entry) : [node],
  );
}

/** Every catalogue key the tree asks for: labels of boxes, groups and lists, and the names of choices. */
export function labelKeysOf(nodes: readonly FormNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'group') return [node.label, ...labelKeysOf(node.children)];
    if (node.type === 'list') return [node.label, ...labelKeysOf(node.entry)];
    if (node.type === 'values') return [node.label];
    return node.values && node.leaf.kind === 'choice'
      ? [node.label, ...node.leaf.options.map((option) => `${node.values}.${option}`)]
      : [node.label];
  });
}
