import type { ClassifierName } from '@shekara/contracts/reference';

/**
 * Which reference list a code box is picked from, known by the field's name as the models name
 * them: countries (`countryCode`, `dispatchCountry`, `route`…), currencies, transport modes,
 * customs offices (`departureOffice`, `transitOffices`…), document kinds and units; and, for
 * the goods declaration, procedures and the TN VED (searched on the server, too long to list).
 */
export type Picker = ClassifierName | 'customs-offices' | 'tnved';

const rules: readonly [RegExp, Picker][] = [
  [/^(countryCode|route)$|Country$/, 'countries'],
  [/^currencyCode$|Currency(Code)?$/, 'currencies'],
  [/^modeCode$|TransportMode$/, 'transport-modes'],
  [/Office$|^(transitOffices|customsOffice)$/, 'customs-offices'],
  [/^unitCode$|UnitCode$/, 'units'],
];

/** `block` is the shared block the field is part of (or its kind's name): a document's kind is picked only in a supporting document. */
export function pickerOf(name: string, block: string): Picker | undefined {
  if (name === 'kindCode') return block === 'supportingDocument' ? 'document-kinds' : undefined;
  return rules.find(([pattern]) => pattern.test(name))?.[1];
}
