import { type OperatorRegister, operatorRegisters } from '@shekara/contracts/registers';
import { organization, plannedHolders, validBin } from '@shekara/nca/test-pki';
import type { NewRegisterEntry } from './entries.ts';

/** The prefix of an entry's number on each register, as the demo numbers them. */
const prefixes: Record<OperatorRegister, string> = {
  customs_representative: 'ТП',
  customs_carrier: 'ТПЕР',
  temporary_storage_owner: 'СВХ',
  customs_warehouse_owner: 'ТС',
  duty_free_shop_owner: 'МБТ',
  free_warehouse_owner: 'СС',
  authorized_economic_operator: 'УЭО',
};

/** The test PKI's company and people, each once, with the name the demo shows for it. */
const testIdentities = [
  { iinBin: organization.bin, name: organization.name },
  ...plannedHolders
    .filter((holder, index, all) => all.findIndex((other) => other.iin === holder.iin) === index)
    .map((holder) => ({ iinBin: holder.iin, name: holder.commonName })),
];

/**
 * The demo registers: the company and the people of the project's test PKI (whose keys the demo
 * and the browser tests log in with) are on every register, so any of these user types can be
 * tried with them; a few other companies show a list with ended and later entries.
 */
export const demoRegisterEntries: NewRegisterEntry[] = [
  ...testIdentities.flatMap(({ iinBin, name }, serial) =>
    operatorRegisters.map((register) => ({
      register,
      iinBin,
      registerNumber: `${prefixes[register]}-${String(serial * 100 + 1).padStart(4, '0')}`,
      name,
      validFrom: '2020-01-01',
      validTo: null,
    })),
  ),
  {
    register: 'customs_representative',
    iinBin: validBin('2009-11', 21),
    registerNumber: 'ТП-0002',
    name: 'ТОО «Алматы Брокер»',
    validFrom: '2019-06-01',
    validTo: null,
  },
  {
    register: 'customs_representative',
    iinBin: validBin('2012-02', 22),
    registerNumber: 'ТП-0003',
    name: 'ТОО «Шекара Декларант»',
    validFrom: '2018-03-15',
    validTo: '2024-12-31',
  },
  {
    register: 'customs_carrier',
    iinBin: validBin('2011-07', 23),
    registerNumber: 'ТПЕР-0002',
    name: 'ТОО «Каспий Транзит»',
    validFrom: '2021-04-01',
    validTo: null,
  },
  {
    register: 'temporary_storage_owner',
    iinBin: validBin('2008-09', 24),
    registerNumber: 'СВХ-0002',
    name: 'АО «Достык Терминал»',
    validFrom: '2017-01-10',
    validTo: null,
  },
];
