import { organization, plannedHolders } from '@shekara/nca/test-pki';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../testing/database.ts';
import { entryInForce } from './entries.ts';
import { loadRegisterDemoData } from './load-demo-data.ts';

const db = await openTestDatabase();
afterAll(() => db.close());

describe('the demo registers (REG-5)', () => {
  it('put the test company and people on every register, once however often loaded', async () => {
    const { added } = await loadRegisterDemoData(db);
    expect(added).toBeGreaterThan(7);
    expect(await loadRegisterDemoData(db)).toEqual({ added: 0 });
    expect(await entryInForce(db, 'customs_representative', organization.bin, '2026-03-10')).toMatchObject({
      registerNumber: 'ТП-0001',
    });
    const individual = plannedHolders.find((holder) => holder.id === 'individual-auth')!;
    expect(await entryInForce(db, 'customs_carrier', individual.iin, '2026-03-10')).not.toBeNull();
    expect(await entryInForce(db, 'customs_carrier', individual.iin, '2019-12-31')).toBeNull();
  });
});
