import { type OperatorRegister, operatorRegisters } from '@shekara/contracts/registers';
import { organization, validBin } from '@shekara/nca/test-pki';
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

/**
 * The demo registers: the test company of the project's test PKI (ТОО "SHEKARA TEST", whose
 * keys the demo and the tests log in with) is on every register, so it can be tried as any of
 * these user types; a few other companies show a list with ended and later entries.
 */
export const demoRegisterEntries: NewRegisterEntry[] = [
  ...operatorRegisters.map((register) => ({
    register,
    iinBin: organization.bin,
    registerNumber: `${prefixes[register]}-0001`,
    name: organization.name,
    validFrom: '2020-01-01',
    validTo: null,
  })),
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
