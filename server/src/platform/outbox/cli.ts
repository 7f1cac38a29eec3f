import type { Command } from 'commander';
import pino from 'pino';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { mailTopic } from '../mail/mail.ts';
import { createMailHandler } from '../mail/mailer.ts';
import { drainOutbox } from './worker.ts';

/** `shekara outbox status|drain`: what waits to be sent, and sending it without starting the server. */
export function registerOutboxCommands(program: Command): void {
  const outbox = program.command('outbox').description('messages waiting to be sent (e-mail)');

  outbox
    .command('status')
    .description('count the messages waiting, sent and given up, by topic')
    .action(() => withDatabase(async (db) => printStatus(db)));

  outbox
    .command('drain')
    .description('send every message due now, then exit (a running server does this by itself)')
    .action(() =>
      withDatabase(async (db) => {
        const config = loadConfig();
        // Log lines go to stderr, so stdout keeps only the summary.
        const logger = pino({ level: config.logLevel }, pino.destination(2));
        const handled = await drainOutbox({
          db,
          clock: systemClock,
          logger,
          handlers: { [mailTopic]: createMailHandler({ config, db, logger }) },
        });
        console.log(`handled ${handled}`);
        await printStatus(db);
      }),
    );
}

async function printStatus(db: Database): Promise<void> {
  const { rows } = await db.query<{ topic: string; waiting: number; sent: number; failed: number }>(
    `select topic,
            count(*) filter (where sent_at is null and failed_at is null)::int as waiting,
            count(*) filter (where sent_at is not null)::int as sent,
            count(*) filter (where failed_at is not null)::int as failed
       from outbox group by topic order by topic`,
  );
  if (rows.length === 0) console.log('the outbox is empty');
  for (const row of rows) console.log(`${row.topic}  waiting ${row.waiting}, sent ${row.sent}, given up ${row.failed}`);
}

async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase(loadConfig());
  try {
    await work(db);
  } finally {
    await db.close();
  }
}
