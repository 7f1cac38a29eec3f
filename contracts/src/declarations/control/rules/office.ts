import {
  acceptanceCodes,
  type DeclarationKind,
  declarationKindNames,
  declarationKinds,
} from '../../documents/kinds.ts';
import type { Hit, Rule } from '../engine.ts';
import { say } from './define.ts';

/**
 * The customs body the document goes to (`ctx.customsOffice`, chosen at submission): it must be
 * in force on the document's date and accept documents of the kind (reference
 * customs_body_document_kinds, by the codes of kinds.ts). Silent until an office is chosen.
 */
const unknownOffice = say(
  '{office} кеден органы {date} күні жоқ.',
  'Таможенный орган {office} не существует на {date}.',
  'There is no customs body {office} on {date}.',
);
const notAccepting = say(
  '{office} кеден органы {date} күні мына түрдегі құжаттарды қабылдамайды: {kind}.',
  'Таможенный орган {office} на {date} не принимает документы этого вида: {kind}.',
  'The customs body {office} does not accept documents of this kind on {date}: {kind}.',
);

function officeRules(kind: DeclarationKind): Rule[] {
  return [
    {
      id: 'office.unknown',
      severity: 'error',
      kinds: [kind],
      message: unknownOffice,
      *check(_document, ctx): Iterable<Hit> {
        if (ctx.customsOffice === undefined) return;
        if (!ctx.reference.customsBody(ctx.customsOffice, ctx.date))
          yield { path: 'customsOffice', params: { office: ctx.customsOffice, date: ctx.date } };
      },
    },
    {
      id: 'office.kind-not-accepted',
      severity: 'error',
      kinds: [kind],
      message: notAccepting,
      *check(_document, ctx): Iterable<Hit> {
        if (ctx.customsOffice === undefined) return;
        const body = ctx.reference.customsBody(ctx.customsOffice, ctx.date);
        if (body && !body.accepts.includes(acceptanceCodes[kind])) {
          yield {
            path: 'customsOffice',
            params: { office: ctx.customsOffice, date: ctx.date, kind: declarationKindNames[kind] },
          };
        }
      },
    },
  ];
}

export const officeRulesOfEveryKind: readonly Rule[] = declarationKinds.flatMap(officeRules);
