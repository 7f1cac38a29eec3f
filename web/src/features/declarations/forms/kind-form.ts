import { type DeclarationKind, documentSchemas } from '@shekara/contracts/declarations/documents';
import { type FormSection, sectionsOf } from './layout.ts';
import { kindLayouts } from './layouts/index.ts';
import { type FormNode, formTree } from './schema-tree.ts';

/** The kinds the generic form shows: every kind but the goods declaration, which has an editor of its own. */
export const formKinds = (Object.keys(documentSchemas) as DeclarationKind[]).filter((kind) => kind !== 'goods');

const built = new Map<DeclarationKind, { tree: FormNode[]; sections: FormSection[] }>();

/** A kind's form, read from its model once. */
export function kindForm(kind: DeclarationKind): { tree: FormNode[]; sections: FormSection[] } {
  let form = built.get(kind);
  if (!form) {
    const tree = formTree(documentSchemas[kind], kind);
    form = { tree, sections: sectionsOf(kind, tree, kindLayouts[kind]) };
    built.set(kind, form);
  }
  return form;
}
