import type { Database } from '../../server/src/platform/db/database.ts';
import type { LogIns, ReadsServed, ReferenceChange } from './reads.ts';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ClusterChecks {
  results: Check[];
}

/**
 * What must hold after the load and the faults, read from the primary: every acknowledged
 * submission registered with the number it was given; each office-day's serials 1…n without a
 * gap or a repeat; every outbox message delivered, and its work done once; reads served
 * throughout; the reference change on every node within 1 s.
 */
export async function checkCluster(
  db: Database,
  acknowledged: ReadonlyMap<string, string>,
  seen: {
    reads: ReadsServed;
    logIns: LogIns;
    reference: ReferenceChange;
    /** the same, made while the replica's replay was paused */
    referenceUnreplayed: ReferenceChange;
    refused: number;
  },
): Promise<ClusterChecks> {
  const results: Check[] = [];

  const { rows: registered } = await db.query<{ id: string; registration_number: string | null }>(
    'select id, registration_number from declarations where id = any($1::uuid[])',
    [[...acknowledged.keys()]],
  );
  const numberOf = new Map(registered.map((row) => [row.id, row.registration_number]));
  const lost = [...acknowledged].filter(([id, number]) => numberOf.get(id) !== number);
  results.push({
    name: 'no acknowledged submission lost',
    ok: lost.length === 0 && acknowledged.size > 0,
    detail: `${acknowledged.size} acknowledged, ${lost.length} not registered with the number given${lost[0] ? ` (first: ${lost[0][0]})` : ''}; ${seen.refused} refused`,
  });

  const { rows: numbers } = await db.query<{ registration_number: string }>(
    'select registration_number from declarations where registration_number is not null',
  );
  const byDay = new Map<string, number[]>();
  for (const { registration_number } of numbers) {
    const [office, day, serial] = registration_number.split('/');
    const key = `${office}/${day}`;
    byDay.set(key, [...(byDay.get(key) ?? []), Number(serial)]);
  }
  const gaps = [...byDay].filter(([, serials]) => {
    const sorted = [...serials].sort((a, b) => a - b);
    return sorted.some((serial, index) => serial !== index + 1);
  });
  results.push({
    name: 'numbers gapless per office and day',
    ok: gaps.length === 0,
    detail: [...byDay]
      .map(([key, serials]) => `${key}: ${serials.length} numbers, highest ${Math.max(...serials)}`)
      .join('; '),
  });

  // The outbox drains: wait for what the nodes still had to send when the load stopped.
  const pending = async () =>
    (
      await db.query<{ pending: number; failed: number; again: number; sent: number }>(
        `select count(*) filter (where sent_at is null and failed_at is null)::int as pending,
                count(*) filter (where failed_at is not null)::int as failed,
                count(*) filter (where attempts > 1)::int as again,
                count(*) filter (where sent_at is not null)::int as sent
           from outbox`,
      )
    ).rows[0]!;
  const waitedFrom = performance.now();
  let outbox = await pending();
  while (outbox.pending > 0 && performance.now() - waitedFrom < 120_000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    outbox = await pending();
  }
  const { rows: routing } = await db.query<{ unrouted: number; twice: number }>(
    `select (select count(*)::int from declarations d
               where d.registration_number is not null
                 and not exists (select 1 from declaration_events e where e.declaration_id = d.id and e.event = 'risk_routed')) as unrouted,
            (select count(*)::int from (select declaration_id, details->>'seq' from declaration_events
               where event = 'risk_routed' group by 1, 2 having count(*) > 1) repeated) as twice`,
  );
  const { unrouted, twice } = routing[0]!;
  results.push({
    name: 'every outbox message delivered once',
    ok: outbox.pending === 0 && outbox.failed === 0 && unrouted === 0 && twice === 0,
    detail: `${outbox.sent} sent, ${outbox.pending} pending, ${outbox.failed} given up, ${outbox.again} tried more than once; ${unrouted} registered declarations unrouted, ${twice} routed twice`,
  });

  results.push({
    name: 'reads served throughout',
    ok: seen.reads.failed === 0 && seen.reads.served > 0,
    detail: `${seen.reads.served} served, ${seen.reads.failed} failed${seen.reads.firstFailure ? ` (first: ${seen.reads.firstFailure})` : ''}`,
  });

  results.push({
    name: 'log-ins on any node throughout',
    ok: seen.logIns.failed === 0 && seen.logIns.done > 0,
    detail: `${seen.logIns.done} log-ins and log-outs, ${seen.logIns.failed} failed${seen.logIns.firstFailure ? ` (first: ${seen.logIns.firstFailure})` : ''}`,
  });

  const shown = (ms: number | null) => (ms === null ? 'never (5 s)' : `${ms.toFixed(0)} ms`);
  const perNode = (change: ReferenceChange) =>
    change.perNode.map((ms, index) => `app${index + 1} ${shown(ms)}`).join(', ');
  results.push({
    name: 'reference change seen on every node within 1 s',
    ok: seen.reference.slowestMs !== null && seen.reference.slowestMs <= 1000,
    detail: perNode(seen.reference),
  });
  results.push({
    name: 'reference change seen on every node within 1 s while the replica has not replayed it',
    ok: seen.referenceUnreplayed.slowestMs !== null && seen.referenceUnreplayed.slowestMs <= 1000,
    detail: perNode(seen.referenceUnreplayed),
  });
  return { results };
}
