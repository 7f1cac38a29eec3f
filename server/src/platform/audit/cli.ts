import type { Command } from 'commander';
import { withCommandDatabase } from '../command-database.ts';
import { exitCodes, refuse } from '../command-io.ts';
import type { CommandServices } from '../module.ts';
import { type ChainLink, type ChainReport, verifyAuditChain } from './verify-chain.ts';

/** `shekara audit verify`: whether the audit log is as it was written (ACC-9). */
export function registerAuditCommands(program: Command, { io }: CommandServices): void {
  program
    .command('audit')
    .description('the audit log')
    .command('verify')
    .description("walk the audit log's hash chain: exit 0 when intact, 1 at the first row edited, inserted or deleted")
    .option('--anchor <seq:hash>', 'a last link an earlier verification printed, which the chain must still hold')
    .action((options: { anchor?: string }) => {
      const anchor = options.anchor === undefined ? undefined : parseLink(options.anchor);
      if (anchor === null) return refuse(io, '--anchor is the "seq:hash" an earlier verification printed');
      // Read as it is: verifying changes nothing, not even the schema.
      return withCommandDatabase(
        io,
        async (db) => {
          const { rows } = await db.query<{ chained: boolean }>(
            `select to_regclass('audit_chain_head') is not null as chained`,
          );
          if (!rows[0]?.chained)
            return refuse(io, 'this database has no audit chain yet: run `shekara db migrate`', exitCodes.failed);
          const started = performance.now();
          const report = await verifyAuditChain(db, anchor ? { anchor } : {});
          printReport(io, report, (performance.now() - started) / 1000);
          if (report.problem) io.exitCode = exitCodes.failed;
        },
        { migrate: false },
      );
    });
}

function printReport(io: CommandServices['io'], report: ChainReport, seconds: number): void {
  const time = `${seconds.toFixed(2)} s`;
  const { problem } = report;
  if (!problem) {
    io.out(`audit log intact: ${report.checked} rows checked in ${time}\n`);
    io.out(`last link: ${report.last ? `${report.last.seq}:${report.last.hash}` : 'none (the log is empty)'}\n`);
    return;
  }
  const where = [problem.seq === null ? null : `row ${problem.seq}`, problem.id === null ? null : `id ${problem.id}`]
    .filter((part) => part !== null)
    .join(', ');
  io.out(`audit log broken${where ? ` at ${where}` : ''}: ${problem.kind} — ${problem.detail}\n`);
  io.out(`${report.checked} rows before it held, checked in ${time}\n`);
}

function parseLink(text: string): ChainLink | null {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim().toLowerCase());
  return match ? { seq: Number(match[1]), hash: match[2]! } : null;
}
