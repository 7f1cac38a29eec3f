import type { Command } from 'commander';
import pino from 'pino';
import { systemClock } from '../clock.ts';
import { withCommandDatabase } from '../command-database.ts';
import type { CommandIo } from '../command-io.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { mailTopic } from '../mail/mail.ts';
import { createMailHandler } from '../mail/mailer.ts';
import type { CommandServices } from '../module.ts';
import { drainOutbox } from './worker.ts';

/** `shekara outbox status|drain`: what waits to be sent, and sending it without starting the server. */
export function registerOutboxCommands(program: Command, { io }: CommandServices): void {
  const outbox = program.command('outbox').description('messages waiting to be sent (e-mail)');
  // The outbox belongs to the schema the server made: the commands read it as it is.
  const withDatabase = (work: (db: Database, config: Config) => Promise<void>) =>
    withCommandDatabase(io, work, { migrate: false });

  outbox
    .command('status')
    .description('count the messages waiting, sent and given up, by topic')
    .action(() => withDatabase(async (db) => printStatus(io, db)));

  outbox
    .command('drain')
    .description('send every message due now, then exit (a running server does this by itself)')
    .action(() =>
      withDatabase(async (db, config) => {
        // Log lines go to stderr, so stdout keeps only the summary.
        const logger = pino({ level: config.logLevel }, pino.destination(2));
        const handled = await drainOutbox({
          db,
          clock: systemClock,
          logger,
          handlers: { [mailTopic]: createMailHandler({ config, db, logger }) },
        });
        io.out(`handled ${handled}\n`);
        await printStatus(io, db);
      }),
    );
}

async function printStatus(io: CommandIo, db: Database): Promise<void> {
  const { rows } = await db.query<{ topic: string; waiting: number; sent: number; failed: number }>(
    `select topic,
            count(*) filter (where sent_at is null and failed_at is null)::int as waiting,
            count(*) filter (where sent_at is not null)::int as sent,
            count(*) filter (where failed_at is not null)::int as failed
       from outbox group by topic order by topic`,
  );
  if (rows.length === 0) io.out('the outbox is empty\n');
  for (const row of rows) io.out(`${row.topic}  waiting ${row.waiting}, sent ${row.sent}, given up ${row.failed}\n`);
}
