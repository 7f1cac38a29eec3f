import type { Command } from 'commander';
import { systemClock } from '../../platform/clock.ts';
import { withCommandDatabase } from '../../platform/command-database.ts';
import { refuse } from '../../platform/command-io.ts';
import type { CommandServices } from '../../platform/module.ts';
import { createStaffAccount, type NewStaff, StaffInputError } from './staff.ts';

/** `shekara users create-officer | create-admin` (issue 4 point 14). */
export function registerUserCommands(program: Command, services: CommandServices): void {
  const create = (input: NewStaff) => createStaff(input, services);
  const users = program.command('users').description('officers and administrators');
  users
    .command('create-officer')
    .description('create (or update) an officer of a customs body, who logs in with their NCA signature')
    .requiredOption('--office <code>', 'the customs body, 5 digits')
    .requiredOption('--iin <iin>', "the officer's IIN, as in their NCA certificate")
    .requiredOption('--email <email>', 'their e-mail address')
    .option('--name <name>', 'their name')
    .action((options: { office: string; iin: string; email: string; name?: string }) =>
      create({
        kind: 'officer',
        officeCode: options.office,
        iin: options.iin,
        email: options.email,
        displayName: options.name,
      }),
    );
  users
    .command('create-admin')
    .description('create (or update) an administrator of the Committee, who logs in with their NCA signature')
    .requiredOption('--iin <iin>', "the administrator's IIN, as in their NCA certificate")
    .requiredOption('--email <email>', 'their e-mail address')
    .option('--name <name>', 'their name')
    .action((options: { iin: string; email: string; name?: string }) =>
      create({ kind: 'admin', iin: options.iin, email: options.email, displayName: options.name }),
    );
}

async function createStaff(input: NewStaff, { io, loadDemoData }: CommandServices): Promise<void> {
  await withCommandDatabase(io, async (db, config) => {
    // The customs body must exist: on a fresh data directory that is the bundled one, as at server start.
    if (config.demoData) await loadDemoData(db);
    try {
      const { id, created } = await createStaffAccount(db, systemClock, input);
      io.out(
        `${created ? 'created' : 'updated'} ${input.kind} ${id} (IIN ${input.iin}${input.officeCode ? `, body ${input.officeCode}` : ''})\n`,
      );
    } catch (error) {
      if (!(error instanceof StaffInputError)) throw error;
      refuse(io, error.message);
    }
  });
}
