import type { Hit, Rule } from '../engine.ts';
import { isBlank, say, valueAt } from './define.ts';

/**
 * The registration number of the earlier document a declaration names (ACC-16, ACC-17): written
 * as the receipt gives it, OOOOO/DDMMYY/NNNNNNN. Whether such a document exists, is the
 * declarant's, of the right kind and open is judged at submission, against the register
 * (server links module); here only the form, as the declarant types.
 */
const numberPattern = /^\d{5}\/\d{6}\/\d{7}$/;

const namingFields = [
  { kind: 'goods', path: 'preliminaryInformationNumber' },
  { kind: 'goods', path: 'releaseBeforeDeclarationNumber' },
  { kind: 'transit', path: 'preliminaryInformationNumber' },
] as const;

const message = say(
  '«{value}» тіркеу нөмірі емес: ООООО/ККААЖЖ/NNNNNNN түрінде жазыңыз.',
  '«{value}» — не регистрационный номер: укажите его в виде ООООО/ДДММГГ/NNNNNNN.',
  '"{value}" is not a registration number: write it as OOOOO/DDMMYY/NNNNNNN.',
);

export const linkRules: readonly Rule[] = namingFields.map(({ kind, path }) => ({
  id: 'links.number-format',
  severity: 'error' as const,
  kinds: [kind],
  message,
  *check(document): Iterable<Hit> {
    const value = valueAt(document, path);
    if (typeof value === 'string' && !isBlank(value) && !numberPattern.test(value.trim()))
      yield { path, params: { value } };
  },
}));
