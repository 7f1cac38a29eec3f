import { declarationKinds } from '@shekara/contracts/declarations/documents';
import { declarationStatuses, officerDecisions } from '@shekara/contracts/declarations/status';
import { describeBuiltKeys } from '../../i18n/built-keys.ts';
import { formKinds, kindForm } from './forms/kind-form.ts';
import { labelKeysOf } from './forms/schema-tree.ts';
import { goodsHeaderSections } from './goods/header-layout.ts';
import { gridColumns } from './goods/ItemsGrid.tsx';
import { itemDocumentFields, itemFields, itemPaymentFields } from './goods/item-layout.ts';

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
  // every box, group and list of every other kind's form, the names of its choices, its sections' titles (issue 17 point 1)
  ...formKinds.flatMap((kind) => {
    const { tree, sections } = kindForm(kind);
    return [...labelKeysOf(tree), ...sections.map((section) => section.title)];
  }),
  'declarations.forms.sections.other',
  'declarations.goods.lists.itemDocuments',
  'declarations.goods.lists.payments',
  'declarations.menu.list',
  'declarations.menu.decisions',
];

describeBuiltKeys('declarations', builtKeys);
