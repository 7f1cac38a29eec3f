import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { LinkRelation } from '@shekara/contracts/declarations/links';
import type { LocalizedText } from '../../../platform/i18n/language.ts';

/**
 * Where a declaration names an earlier document (ACC-16, ACC-17): a header field holding the
 * earlier document's registration number. A goods declaration may name preliminary information
 * and an application for release before it; a transit declaration preliminary information. The
 * preliminary goods declaration inside preliminary information names nothing: it is the earlier one.
 */
export interface NamedDocument {
  relation: LinkRelation;
  /** the registration number as written, without surrounding spaces */
  number: string;
  /** the field that names it, for the refusal */
  path: string;
}

/** The kind each relation names. */
export const namedKind: Record<LinkRelation, DeclarationKind> = {
  preliminary_information: 'preliminary',
  release_before_declaration: 'release_before_declaration',
};

/** The fields that name an earlier document, as a refusal names them to the declarant. */
export const namedFieldNames: Record<string, LocalizedText> = {
  preliminaryInformationNumber: {
    kk: 'алдын ала ақпараттың тіркеу нөмірі',
    ru: 'регистрационный номер предварительной информации',
    en: 'the registration number of the preliminary information',
  },
  releaseBeforeDeclarationNumber: {
    kk: 'декларацияны бергенге дейін шығару туралы өтініштің тіркеу нөмірі',
    ru: 'регистрационный номер заявления о выпуске до подачи декларации',
    en: 'the registration number of the application for release before the declaration',
  },
};

const fields: Partial<Record<DeclarationKind, readonly { path: string; relation: LinkRelation }[]>> = {
  goods: [
    { path: 'preliminaryInformationNumber', relation: 'preliminary_information' },
    { path: 'releaseBeforeDeclarationNumber', relation: 'release_before_declaration' },
  ],
  transit: [{ path: 'preliminaryInformationNumber', relation: 'preliminary_information' }],
};

export function namedDocuments(kind: DeclarationKind, document: unknown): NamedDocument[] {
  if (document === null || typeof document !== 'object') return [];
  const named: NamedDocument[] = [];
  for (const { path, relation } of fields[kind] ?? []) {
    const value = (document as Record<string, unknown>)[path];
    if (typeof value === 'string' && value.trim() !== '') named.push({ relation, number: value.trim(), path });
  }
  return named;
}
