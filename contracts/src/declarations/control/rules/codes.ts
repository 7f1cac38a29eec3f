import type { ClassifierName } from '../../../reference/classifier.ts';
import type { DeclarationKind } from '../../documents/kinds.ts';
import type { ControlContext, Hit, Rule } from '../engine.ts';
import { isBlank, joinPath, type PathParts, say } from './define.ts';

/**
 * Enumerations against the classifiers in force on the document's date (WD-8): one rule per
 * classifier and kind, so a client can tell an unknown country from an unknown currency. Each
 * kind says where its coded fields are; a blank field is the business of the rules of required
 * boxes, not of these.
 */
/**
 * Calls `visit` with each coded field's value and the parts of its path (joined with dots only
 * when a code is reported: a 999-item declaration has thousands of coded fields).
 */
export type Visit = (value: string | undefined, ...path: PathParts) => void;
export type CodedFields<D> = (document: D, visit: Visit) => void;

const titles: Record<Exclude<ClassifierName, 'vat-rates'>, { id: string; kk: string; ru: string; en: string }> = {
  countries: { id: 'country', kk: 'әлем елдерінің', ru: 'стран мира', en: 'countries' },
  currencies: { id: 'currency', kk: 'валюталардың', ru: 'валют', en: 'currencies' },
  'customs-procedures': {
    id: 'procedure',
    kk: 'кедендік рәсімдердің',
    ru: 'таможенных процедур',
    en: 'customs procedures',
  },
  'transport-modes': { id: 'transport-mode', kk: 'көлік түрлерінің', ru: 'видов транспорта', en: 'transport modes' },
  'document-kinds': { id: 'document-kind', kk: 'құжат түрлерінің', ru: 'видов документов', en: 'document kinds' },
  'payment-types': { id: 'payment-type', kk: 'төлем түрлерінің', ru: 'видов платежей', en: 'payment types' },
  units: { id: 'unit', kk: 'өлшем бірліктерінің', ru: 'единиц измерения', en: 'units of measure' },
};

/** `{prefix}.{country|currency|…}.unknown`: a code not in the classifier on the document's date. */
export function classifierRule<D>(
  prefix: string,
  kinds: readonly DeclarationKind[],
  classifier: Exclude<ClassifierName, 'vat-rates'>,
  fields: CodedFields<D>,
): Rule<D> {
  const title = titles[classifier];
  return {
    id: `${prefix}.${title.id}.unknown`,
    severity: 'error',
    kinds,
    message: say(
      `«{code}» коды {date} күні ${title.kk} сыныптауышында жоқ.`,
      `Код «{code}» отсутствует в классификаторе ${title.ru} на {date}.`,
      `The code "{code}" is not in the classifier of ${title.en} on {date}.`,
    ),
    check(document: D, ctx: ControlContext): Hit[] {
      const out: Hit[] = [];
      fields(document, (value, a, b, c, d, e) => {
        if (isBlank(value)) return;
        if (!ctx.reference.inClassifier(classifier, value!, ctx.date))
          out.push({ path: joinPath(a, b, c, d, e), params: { code: value!, date: ctx.date } });
      });
      return out;
    },
  };
}
