import { randomUUID } from 'node:crypto';
import { isDeclarationStatus } from '@shekara/contracts/declarations/status';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/audit/verify-chain.ts';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { migrate, readMigrations } from '../../../platform/db/migrations.ts';
import { openEmptyTestDatabase } from '../../../testing/database.ts';
import { createStaffAccount } from '../../accounts/index.ts';

/**
 * Migration 0020 on rows made in the shape before it: a declaration "refused registration" after
 * its number was given becomes "refused release", its decision a refusal of release whose reason
 * codes are now their words, its timeline rows say what they said before, and a timeline event and
 * an audit record say why. A refusal of release made before is left as it was.
 */
const clock = manualClock('2026-03-02T09:00:00Z');
const migrationVersion = 20;
let db: Database;
let authorId: string;
const refused = { id: randomUUID(), decisionId: randomUUID(), number: '75101/020326/0000001' };
const untouched = { id: randomUUID(), decisionId: randomUUID(), number: '75101/020326/0000002' };

async function oldShapeDeclaration(
  d: typeof refused,
  status: string,
  decision: string,
  reasons: string[],
): Promise<void> {
  await db.query(
    `insert into declarations (id, kind, schema_version, owner_iin_bin, author_account_id, document, status,
       customs_office, registration_number, registered_at, created_at, updated_at)
     values ($1, 'goods', 1, '900101300017', $2, '{}', $3, '75101', $4, $5, $5, $5)`,
    [d.id, authorId, status, d.number, clock.now()],
  );
  await db.query(
    `insert into declaration_events (declaration_id, at, event, from_status, to_status, actor_role, office_code, details)
     values ($1, $2, 'submit', 'draft', 'registered', 'declarant', '75101', null),
            ($1, $2, $3, 'registered', $4, 'officer', '75101', $5)`,
    [d.id, clock.now(), decision, status, JSON.stringify({ decisionId: d.decisionId, reasons })],
  );
  await db.query(
    `insert into declaration_decisions (id, declaration_id, decision, reasons, office_code, signed_bytes, signature_cms, decided_at)
     values ($1, $2, $3, $4, '75101', $5, $6, $7)`,
    [
      d.decisionId,
      d.id,
      decision,
      JSON.stringify(reasons),
      Buffer.from(JSON.stringify({ decision, reasons })),
      Buffer.from('cms'),
      clock.now(),
    ],
  );
}

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await migrate(
    db,
    readMigrations().filter((m) => m.version < migrationVersion),
  );
  authorId = (await createStaffAccount(db, clock, { kind: 'admin', iin: '900101300017', email: 'author@example.kz' }))
    .id;
  await oldShapeDeclaration(refused, 'registration_refused', 'refuse_registration', [
    'missing_documents',
    'wrong_customs_body',
  ]);
  await oldShapeDeclaration(untouched, 'release_refused', 'refuse_release', ['Товар не соответствует описанию']);
  expect(
    (
      await migrate(
        db,
        readMigrations().filter((m) => m.version <= migrationVersion),
      )
    ).map((m) => m.version),
  ).toEqual([migrationVersion]);
}, 60_000);
afterAll(() => db?.close());

describe('migration 0020: a refusal of registration after the number is a refusal of release', () => {
  it('turns the declaration, its decision and its timeline into a refusal of release, and says why', async () => {
    const status = await db.query<{ status: string }>('select status from declarations where id = $1', [refused.id]);
    expect(status.rows).toEqual([{ status: 'release_refused' }]);

    const decision = await db.query<{ decision: string; reasons: string[]; signedBytes: Uint8Array }>(
      'select decision, reasons, signed_bytes as "signedBytes" from declaration_decisions where id = $1',
      [refused.decisionId],
    );
    expect(decision.rows[0]).toMatchObject({
      decision: 'refuse_release',
      reasons: [
        'Декларация берілетін құжаттар ұсынылмаған. / Не представлены документы, которые должны быть поданы вместе с декларацией. / The documents required with the declaration were not submitted.',
        'Декларация осы құжатты тіркеуге өкілеттігі жоқ кеден органына берілген. / Декларация подана в таможенный орган, не уполномоченный регистрировать такие декларации. / The declaration was filed with a customs body not competent to register it.',
      ],
    });
    // what the officer signed stays as signed
    expect(JSON.parse(Buffer.from(decision.rows[0]!.signedBytes).toString('utf8'))).toEqual({
      decision: 'refuse_registration',
      reasons: ['missing_documents', 'wrong_customs_body'],
    });

    const events = await db.query<{ event: string; from: string | null; to: string | null; details: unknown }>(
      `select event, from_status as from, to_status as to, details from declaration_events where declaration_id = $1 order by id`,
      [refused.id],
    );
    expect(events.rows).toEqual([
      { event: 'submit', from: 'draft', to: 'registered', details: null },
      {
        event: 'refuse_release',
        from: 'registered',
        to: 'release_refused',
        details: {
          decisionId: refused.decisionId,
          reasons: ['missing_documents', 'wrong_customs_body'],
          migratedFrom: { event: 'refuse_registration', fromStatus: 'registered', toStatus: 'registration_refused' },
        },
      },
      {
        event: 'status_migrated',
        from: null,
        to: null,
        details: {
          from: 'registration_refused',
          to: 'release_refused',
          note: 'migrated: refusal of registration after registration number is a refusal of release',
        },
      },
    ]);

    const audit = await db.query<{ action: string; bodyCode: string; details: { note: string } }>(
      `select action, body_code as "bodyCode", details from audit_log where subject_id = $1`,
      [refused.id],
    );
    expect(audit.rows).toEqual([
      {
        action: 'declaration.status_migrated',
        bodyCode: '75101',
        details: expect.objectContaining({
          from: 'registration_refused',
          to: 'release_refused',
          note: 'migrated: refusal of registration after registration number is a refusal of release',
        }),
      },
    ]);
    expect((await verifyAuditChain(db)).problem).toBeNull();
  });

  it('leaves a refusal of release as it was, and leaves no status the model does not know', async () => {
    const decision = await db.query<{ decision: string; reasons: string[] }>(
      'select decision, reasons from declaration_decisions where id = $1',
      [untouched.decisionId],
    );
    expect(decision.rows).toEqual([{ decision: 'refuse_release', reasons: ['Товар не соответствует описанию'] }]);
    const events = await db.query<{ event: string; details: unknown }>(
      `select event, details from declaration_events where declaration_id = $1 and event <> 'submit'`,
      [untouched.id],
    );
    expect(events.rows).toEqual([
      {
        event: 'refuse_release',
        details: { decisionId: untouched.decisionId, reasons: ['Товар не соответствует описанию'] },
      },
    ]);
    const statuses = await db.query<{ status: string }>(
      `select status from declarations union select to_status from declaration_events where to_status is not null
       union select from_status from declaration_events where from_status is not null`,
    );
    expect(statuses.rows.map((r) => r.status).filter((s) => !isDeclarationStatus(s))).toEqual([]);
  });
});
