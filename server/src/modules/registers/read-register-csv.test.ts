import { validBin } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { RegisterFileError, readRegisterCsv } from './read-register-csv.ts';

const header = 'register;iin_bin;register_number;name;valid_from;valid_to';
const bin = validBin('2011-07', 31);

describe('the register CSV (docs/REFERENCE-IMPORT.md; REG-5)', () => {
  it('reads each line or refuses it with its number and reason', () => {
    const file = readRegisterCsv(
      [
        header,
        `customs_carrier;${bin};ТПЕР-1;"ТОО ""Каспий"";";2021-04-01;`,
        `customs_broker;${bin};X;Y;2021-01-01;`,
        `customs_carrier;${bin.slice(0, 11)}0;X;Y;2021-01-01;`,
        `customs_carrier;${bin};X;Y;2021-02-30;`,
        `customs_carrier;${bin};X;Y;2021-01-01;2020-12-31`,
        `customs_carrier;${bin};ТПЕР-2;Y;2022-01-01;`,
        'customs_carrier;too;few',
        '',
      ].join('\r\n'),
    );
    expect(file.rows).toEqual([
      {
        line: 2,
        register: 'customs_carrier',
        iinBin: bin,
        registerNumber: 'ТПЕР-1',
        name: 'ТОО "Каспий";',
        validFrom: '2021-04-01',
        validTo: null,
      },
    ]);
    expect(file.rejected.map(({ line, reason }) => [line, reason])).toEqual([
      [3, expect.stringContaining('register "customs_broker" is not one of')],
      [4, expect.stringContaining('is not a valid IIN/BIN')],
      [5, 'valid_from "2021-02-30" is not a YYYY-MM-DD date'],
      [6, 'valid_to 2020-12-31 is before valid_from 2021-01-01'],
      [7, 'its period meets the entry of line 2'],
      [8, '3 fields: expected register;iin_bin;register_number;name;valid_from;valid_to'],
    ]);
  });

  it('refuses a file without the header', () => {
    expect(() => readRegisterCsv(`iin_bin;name\n${bin};X`)).toThrow(RegisterFileError);
  });
});
