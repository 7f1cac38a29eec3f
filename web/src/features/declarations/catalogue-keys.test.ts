import { declarationKinds } from '@shekara/contracts/declarations/documents';
import { declarationStatuses, officerDecisions } from '@shekara/contracts/declarations/status';
import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogues } from '../../i18n/catalogues.ts';
import { goodsHeaderSections } from './goods/header-layout.ts';
import { gridColumns } from './goods/ItemsGrid.tsx';
import { itemDocumentFields, itemFields, itemPaymentFields } from './goods/item-layout.ts';

function has(catalogue: Catalogue, key: string): boolean {
  let node: Catalogue | string | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
}

// Keys the declarations pages build from values (kinds, statuses, boxes), which the literal-key check cannot see.
const headerFields = goodsHeaderSections.flatMap((section) => [
  ...section.groups.flatMap((group) => group.fields),
  ...(section.list?.fields ?? []),
]);
const builtKeys = [
  ...declarationKinds.map((kind) => `declarations.kinds.${kind}`),
  ...declarationStatuses.map((status) => `declarations.statuses.${status}`),
  ...officerDecisions.map((decision) => `declarations.decisionNames.${decision}`),
  ...['declarant', 'officer', 'system'].map((actor) => `declarations.actors.${actor}`),
  ...['green', 'yellow', 'red'].map((channel) => `declarations.channels.${channel}`),
  ...['error', 'warning'].map((severity) => `declarations.control.severity.${severity}`),
  ...['saved', 'pending', 'saving', 'conflict', 'failed'].map((state) => `declarations.save.${state}`),
  ...goodsHeaderSections.map((section) => `declarations.goods.sections.${section.id}`),
  ...goodsHeaderSections.flatMap((section) =>
    section.groups.map((group) => `declarations.goods.groups.${group.title}`),
  ),
  ...goodsHeaderSections.flatMap((section) => (section.list ? [`declarations.goods.lists.${section.list.path}`] : [])),
  ...[...headerFields, ...itemFields, ...itemDocumentFields, ...itemPaymentFields].map(
    (field) => `declarations.goods.fields.${field.label}`,
  ),
  ...gridColumns.map((column) => `declarations.goods.items.columns.${column.field}`),
  'declarations.goods.lists.itemDocuments',
  'declarations.goods.lists.payments',
  'declarations.menu.list',
  'declarations.menu.decisions',
];

describe('the declarations pages’ built catalogue keys', () => {
  it('exist in kk, ru and en', () => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      for (const key of builtKeys) expect(has(catalogues[language], key), `${language}:${key}`).toBe(true);
    }
  });
});
