import { parseIinBin } from '../../../domain/iin-bin.ts';
import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Hit, Rule } from '../engine.ts';
import { invalidIinBin, isBlank, say } from './define.ts';

/**
 * The parties of a goods declaration: boxes 2 (consignor), 8 (consignee), 9 (financial
 * settlement), 14 (declarant) and 54 (who filled it in). The declarant is a person of Kazakhstan
 * and always has an IIN or BIN; a party whose address is in Kazakhstan has one too, checked the
 * same way (12 digits, the check digit, a real date or entity type). Foreign tax numbers are free.
 */
const kinds = ['goods'] as const;
const parties = ['consignor', 'consignee', 'financialParty', 'declarant'] as const;

const nameRequired: Rule<GoodsDeclaration> = {
  id: 'goods.party.name-required',
  severity: 'error',
  kinds,
  message: say(
    'Тараптың атауы немесе аты-жөні көрсетілмеген (2, 8 және 14-бағандар).',
    'Не указано наименование или ФИО участника (графы 2, 8 и 14).',
    'The name of the party is missing (boxes 2, 8 and 14).',
  ),
  *check(d) {
    for (const party of ['consignor', 'consignee', 'declarant'] as const)
      if (isBlank(d[party]?.name)) yield { path: `${party}.name` };
  },
};

const declarantNumber: Rule<GoodsDeclaration> = {
  id: 'goods.declarant.iin-bin-required',
  severity: 'error',
  kinds,
  message: say(
    '14-баған: декларанттың ЖСН/БСН көрсетілмеген.',
    'Графа 14: не указан ИИН/БИН декларанта.',
    "Box 14: the declarant's IIN/BIN is missing.",
  ),
  *check(d): Iterable<Hit> {
    if (isBlank(d.declarant?.iinBin)) yield { path: 'declarant.iinBin' };
  },
};

const iinBin: Rule<GoodsDeclaration> = {
  id: 'goods.party.iin-bin-invalid',
  severity: 'error',
  kinds,
  message: invalidIinBin,
  *check(d) {
    for (const name of parties) {
      const party = d[name];
      const value = party?.iinBin;
      if (isBlank(value)) continue;
      const kazakh = name === 'declarant' || party?.address?.countryCode === 'KZ';
      if (kazakh && !parseIinBin(value!).valid) yield { path: `${name}.iinBin`, params: { value: value! } };
    }
  },
};

const fillerIin: Rule<GoodsDeclaration> = {
  id: 'goods.filler.iin-invalid',
  severity: 'error',
  kinds,
  message: say(
    '54-баған: «{value}» жеке тұлғаның жарамды ЖСН-і емес.',
    'Графа 54: «{value}» — недействительный ИИН физического лица.',
    'Box 54: "{value}" is not a valid IIN of an individual.',
  ),
  *check(d): Iterable<Hit> {
    const value = d.filler?.iin;
    if (isBlank(value)) return;
    const parsed = parseIinBin(value!);
    if (!parsed.valid || parsed.number.kind !== 'iin') yield { path: 'filler.iin', params: { value: value! } };
  },
};

const fillerRequired: Rule<GoodsDeclaration> = {
  id: 'goods.filler.required',
  severity: 'error',
  kinds,
  message: say(
    '54-баған: толтырған адамның аты-жөні мен толтыру күні көрсетілуі керек.',
    'Графа 54: должны быть указаны ФИО заполнившего и дата заполнения.',
    'Box 54: the name of the person who filled it in and the date are required.',
  ),
  *check(d) {
    if (isBlank(d.filler?.name)) yield { path: 'filler.name' };
    if (isBlank(d.filler?.date)) yield { path: 'filler.date' };
  },
};

export const goodsPartyRules: readonly Rule<GoodsDeclaration>[] = [
  nameRequired,
  declarantNumber,
  iinBin,
  fillerIin,
  fillerRequired,
];
