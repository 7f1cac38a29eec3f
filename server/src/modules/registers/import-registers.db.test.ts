import { validBin } from '@shekara/nca/test-pki';
import { afterAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { entryInForce } from './entries.ts';
import { importRegisterEntries } from './import-registers.ts';
import { readRegisterCsv } from './read-register-csv.ts';

const clock = manualClock(new Date('2026-03-10T06:00:00Z'));
const db = await openTestDatabase();
afterAll(() => db.close());
const header = 'register;iin_bin;register_number;name;valid_from;valid_to';
const [first, second] = [validBin('2011-07', 41), validBin('2011-07', 42)];
const count = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from operator_register_entries')).rows[0]!.n;

describe('importing the registers from CSV (REG-3, REG-5)', () => {
  it('adds the entries, then finds the same file unchanged and a changed end changed', async () => {
    const file = `${header}\ncustoms_representative;${first};ТП-1;ТОО «Один»;2020-01-01;\ncustoms_carrier;${second};ТПЕР-1;ТОО «Два»;2021-01-01;2025-12-31\n`;
    expect(await importRegisterEntries(db, clock, readRegisterCsv(file))).toMatchObject({
      added: 2,
      changed: 0,
      unchanged: 0,
      rejected: [],
      written: true,
    });
    expect(await importRegisterEntries(db, clock, readRegisterCsv(file))).toMatchObject({ added: 0, unchanged: 2 });
    const ended = file.replace('2021-01-01;2025-12-31', '2021-01-01;2024-06-30');
    expect(await importRegisterEntries(db, clock, readRegisterCsv(ended))).toMatchObject({ changed: 1, unchanged: 1 });
    expect(await entryInForce(db, 'customs_carrier', second, '2024-06-30')).toMatchObject({ registerNumber: 'ТПЕР-1' });
    expect(await entryInForce(db, 'customs_carrier', second, '2024-07-01')).toBeNull();
    expect(await entryInForce(db, 'customs_representative', second, '2024-06-30')).toBeNull();
  });

  it('writes nothing from a file with a bad line, or a line that meets a stored entry, and names the line', async () => {
    const before = await count();
    const third = validBin('2011-07', 43);
    const bad = readRegisterCsv(
      `${header}\ncustoms_warehouse_owner;${third};ТС-1;ТОО «Три»;2022-01-01;\ncustoms_warehouse_owner;${third};ТС-2;ТОО «Три»;not-a-day;\n`,
    );
    expect(await importRegisterEntries(db, clock, bad)).toMatchObject({
      added: 0,
      written: false,
      rejected: [{ line: 3, reason: 'valid_from "not-a-day" is not a YYYY-MM-DD date' }],
    });
    const meets = readRegisterCsv(
      `${header}\ncustoms_warehouse_owner;${third};ТС-1;ТОО «Три»;2022-01-01;\ncustoms_representative;${first};ТП-9;ТОО «Один»;2023-01-01;\n`,
    );
    expect(await importRegisterEntries(db, clock, meets)).toMatchObject({
      added: 0,
      written: false,
      rejected: [{ line: 3, reason: expect.stringContaining('meets the entry No. ТП-1') }],
    });
    expect(await count()).toBe(before);
    expect(await entryInForce(db, 'customs_warehouse_owner', third, '2023-01-01')).toBeNull();
  });
});
