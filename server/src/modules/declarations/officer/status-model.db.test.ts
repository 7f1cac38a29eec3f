import { randomUUID } from 'node:crypto';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
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
 * The status model (issue 6 points 10 and 15, issue 17 points 3–5): every action × status × actor
 * for each workflow, allowed and refused, against the lists below of the transitions the issues
 * allow, written from the issues rather than read from the code; and each goods case once more
 * through applyTransition on a real database, with the other workflows' allowed transitions.
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
/** A release before the goods declaration is closed by the goods declaration that follows it (ACC-17). */
const releaseBeforeDeclaration: typeof allowed = [
  ...allowed,
  ['released', 'link', 'system', 'closed'],
  ['conditionally_released', 'link', 'system', 'closed'],
];
/** Transit (issue 17 point 4): released for transit at departure, arrival and completion at destination. */
const transit: typeof allowed = [
  ...allowed.filter(([, action]) => !action.startsWith('release')),
  ['registered', 'release_for_transit', 'officer', 'released_for_transit'],
  ['in_processing', 'release_for_transit', 'officer', 'released_for_transit'],
  ['released_for_transit', 'record_arrival', 'officer', 'arrived'],
  ['arrived', 'complete_transit', 'officer', 'transit_completed'],
];
/** Preliminary information (issue 17 point 3, ACC-16): never released; used on arrival, closed by what follows. */
const preliminary: typeof allowed = [
  ['draft', 'submit', 'declarant', 'registered'],
  ['registered', 'withdraw', 'declarant', 'withdrawn'],
  ['registered', 'record_use', 'officer', 'used'],
  ['registered', 'link', 'system', 'closed'],
  ['used', 'link', 'system', 'closed'],
];
const actors: Actor[] = ['declarant', 'officer', 'system'];
const casesOf = (table: typeof allowed) =>
  declarationStatuses.flatMap((status) =>
    declarationActions.flatMap((action) =>
      actors.map((actor) => {
        const rule = table.find(([from, act, by]) => from === status && act === action && by === actor);
        return { status, action, actor, to: rule ? rule[3] : null };
      }),
    ),
  );
const cases = casesOf(allowed);
const workflows: [DeclarationKind, typeof allowed][] = [
  ['goods', allowed],
  ['vehicle', allowed],
  ['release_before_declaration', releaseBeforeDeclaration],
  ['transit', transit],
  ['preliminary', preliminary],
];

describe('the status model (issue 6 point 10, issue 17)', () => {
  it.each(workflows)('allows exactly the transitions of the issues for a %s document: 507 cases', (kind, table) => {
    const all = casesOf(table);
    expect(all).toHaveLength(13 * 13 * 3);
    for (const c of all)
      expect(nextStatus(c.status, c.action, c.actor, kind), `${kind}: ${c.actor} ${c.action} from ${c.status}`).toBe(
        c.to,
      );
    expect(all.filter((c) => c.to !== null)).toHaveLength(table.length);
  });

  it('offers the officer the decisions allowed now, and a border checkpoint only recording the use of preliminary information', () => {
    // on a registered goods declaration, every decision of its workflow
    expect(allowedActions('registered', 'officer')).toEqual([
      'accept',
      'request_correction',
      'release',
      'release_conditionally',
      'refuse_release',
    ]);
    expect(allowedDecisions('in_processing', 'full', 'goods')).toEqual([
      'request_correction',
      'release',
      'release_conditionally',
      'refuse_release',
    ]);
    expect(allowedDecisions('registered', 'border_release', 'preliminary')).toEqual(['record_use']);
    expect(allowedDecisions('registered', 'full', 'transit')).toEqual([
      'accept',
      'request_correction',
      'refuse_release',
      'release_for_transit',
    ]);
    // a transit declaration's two offices (issue 17 point 4): departure up to the release, destination after it
    expect(allowedDecisions('registered', 'transit_departure', 'transit')).toEqual(
      allowedDecisions('registered', 'full', 'transit'),
    );
    expect(allowedDecisions('registered', 'transit_destination', 'transit')).toEqual([]);
    expect(allowedDecisions('released_for_transit', 'transit_departure', 'transit')).toEqual([]);
    expect(allowedDecisions('released_for_transit', 'transit_destination', 'transit')).toEqual(['record_arrival']);
    expect(allowedDecisions('arrived', 'transit_destination', 'transit')).toEqual(['complete_transit']);
    expect(allowedDecisions('conditionally_released', 'full', 'goods')).toEqual(['release']);
    for (const final of ['released', 'release_refused', 'withdrawn', 'transit_completed', 'closed'] as const)
      expect(allowedDecisions(final, 'full', 'goods')).toEqual([]);
    expect(officerDecisions.every((decision) => declarationActions.includes(decision))).toBe(true);
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
    expect(refused).toBe(13 * 13 * 3 - allowed.length);
  });

  it('applies the transit, preliminary and release-before-declaration transitions to documents of those kinds', async () => {
    for (const [kind, table] of workflows.slice(2)) {
      for (const [from, action, actor, to] of table.filter((rule) => !allowed.includes(rule))) {
        const id = randomUUID();
        await insertDeclaration(
          db,
          {
            id,
            kind,
            schemaVersion: 1,
            ownerIinBin: '900101300017',
            authorAccountId: authorId,
            declarantIinBin: null,
            document: {},
            status: from,
          },
          clock.now(),
        );
        const applied = await db.transaction((tx) =>
          applyTransition(tx, clock.now(), { declarationId: id, action, actor, actorAccountId: null }),
        );
        expect(applied, `${kind}: ${actor} ${action} from ${from}`).toEqual({ from, to });
      }
    }
  });
});
