import { randomUUID } from 'node:crypto';
import {
  type Actor,
  allowedActions,
  type DeclarationAction,
  type DeclarationStatus,
  declarationActions,
  declarationStatuses,
  nextStatus,
  officerDecisions,
} from '@shekara/contracts/declarations/status';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { createStaffAccount } from '../../accounts/index.ts';
import { insertDeclaration } from '../declaration-repository.ts';
import { applyTransition } from '../status/transition.ts';
import { allowedDecisions } from './visibility.ts';

/**
 * The status model (issue 6 points 10 and 15): every action × status × actor, allowed and refused,
 * against the list below of the transitions the issue allows, written from the issue rather than
 * read from the code, and each of the 192 cases once more through applyTransition on a real database.
 */
const allowed: readonly [DeclarationStatus, DeclarationAction, Actor, DeclarationStatus][] = [
  ['draft', 'submit', 'declarant', 'registered'],
  ['correction_requested', 'resubmit', 'declarant', 'registered'],
  ['registered', 'withdraw', 'declarant', 'withdrawn'],
  ['in_processing', 'withdraw', 'declarant', 'withdrawn'],
  ['correction_requested', 'withdraw', 'declarant', 'withdrawn'],
  ['registered', 'accept', 'officer', 'in_processing'],
  ['registered', 'request_correction', 'officer', 'correction_requested'],
  ['in_processing', 'request_correction', 'officer', 'correction_requested'],
  // the system releases a green declaration with nothing outstanding (ACC-17)
  ['registered', 'release', 'officer', 'released'],
  ['registered', 'release', 'system', 'released'],
  ['in_processing', 'release', 'officer', 'released'],
  ['in_processing', 'release', 'system', 'released'],
  ['conditionally_released', 'release', 'officer', 'released'],
  ['conditionally_released', 'release', 'system', 'released'],
  ['registered', 'release_conditionally', 'officer', 'conditionally_released'],
  ['in_processing', 'release_conditionally', 'officer', 'conditionally_released'],
  ['registered', 'refuse_release', 'officer', 'release_refused'],
  ['in_processing', 'refuse_release', 'officer', 'release_refused'],
];
const actors: Actor[] = ['declarant', 'officer', 'system'];
const cases = declarationStatuses.flatMap((status) =>
  declarationActions.flatMap((action) =>
    actors.map((actor) => {
      const rule = allowed.find(([from, act, by]) => from === status && act === action && by === actor);
      return { status, action, actor, to: rule ? rule[3] : null };
    }),
  ),
);

describe('the status model (issue 6 point 10)', () => {
  it('allows exactly the transitions of the issue: 192 cases, 18 allowed', () => {
    expect(cases).toHaveLength(192);
    for (const c of cases)
      expect(nextStatus(c.status, c.action, c.actor), `${c.actor} ${c.action} from ${c.status}`).toBe(c.to);
    expect(cases.filter((c) => c.to !== null)).toHaveLength(18);
  });

  it('offers the officer the decisions allowed now, and a border checkpoint only the release decisions', () => {
    // on a registered declaration, every decision there is
    expect(allowedActions('registered', 'officer')).toEqual(officerDecisions);
    expect(allowedDecisions('in_processing', 'full')).toEqual([
      'request_correction',
      'release',
      'release_conditionally',
      'refuse_release',
    ]);
    expect(allowedDecisions('registered', 'border_release')).toEqual([
      'release',
      'release_conditionally',
      'refuse_release',
    ]);
    expect(allowedDecisions('conditionally_released', 'full')).toEqual(['release']);
    for (const final of ['released', 'release_refused', 'withdrawn'] as const)
      expect(allowedDecisions(final, 'full')).toEqual([]);
  });
});

describe('applyTransition on a real database', () => {
  let db: Database;
  let authorId: string;
  const clock = manualClock('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    db = await openTestDatabase();
    authorId = (await createStaffAccount(db, clock, { kind: 'admin', iin: '900101300017', email: 'author@example.kz' }))
      .id;
  }, 60_000);
  afterAll(() => db?.close());

  it('changes the status, writes the timeline event and the audit record when allowed, and changes nothing when refused', async () => {
    const ids = cases.map(() => randomUUID());
    for (const [i, c] of cases.entries()) {
      await insertDeclaration(
        db,
        {
          id: ids[i]!,
          kind: 'goods',
          schemaVersion: 1,
          ownerIinBin: '900101300017',
          authorAccountId: authorId,
          declarantIinBin: null,
          document: { items: [] },
          status: c.status,
        },
        clock.now(),
      );
    }
    let refused = 0;
    for (const [i, c] of cases.entries()) {
      const id = ids[i]!;
      const attempt = db.transaction((tx) =>
        applyTransition(tx, clock.now(), { declarationId: id, action: c.action, actor: c.actor, actorAccountId: null }),
      );
      if (c.to === null) {
        const error = await attempt.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error instanceof AppError && error.code, `${c.actor} ${c.action} from ${c.status}`).toBe(
          'DECL_TRANSITION_NOT_ALLOWED',
        );
        refused++;
      } else {
        expect(await attempt).toEqual({ from: c.status, to: c.to });
      }
      const { rows } = await db.query<{ status: string; events: number; audits: number }>(
        `select status, (select count(*)::int from declaration_events where declaration_id = $1) as events,
                (select count(*)::int from audit_log where subject_id = $1::text and action = $2) as audits
           from declarations where id = $1`,
        [id, `declaration.${c.action}`],
      );
      expect(rows[0], `${c.actor} ${c.action} from ${c.status}`).toEqual(
        c.to === null ? { status: c.status, events: 0, audits: 0 } : { status: c.to, events: 1, audits: 1 },
      );
    }
    expect(refused).toBe(174);
  });
});
