import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startFromMigratedTemplate } from '../../testing/cli.ts';
import { pgliteDirectory } from '../db/open-database.ts';
import { openPglite } from '../db/pglite.ts';
import { listDevMailbox } from '../mail/dev-mailbox.ts';
import { enqueueMail } from '../mail/mail.ts';

/** `shekara outbox status|drain` on an embedded database of its own, run as an operator runs it. */
const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-outbox-cli-'));
startFromMigratedTemplate(dataDir);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function shekara(...args: string[]) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: dataDir,
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const result = spawnSync(process.execPath, ['bin/shekara.mjs', ...args], { cwd: projectRoot, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('shekara outbox', { timeout: 300_000 }, () => {
  it('reports what waits, and drain sends it (here into the development mailbox)', async () => {
    expect(shekara('db', 'migrate').code).toBe(0);
    expect(shekara('outbox', 'status').stdout).toBe('the outbox is empty\n');

    const db = await openPglite({ dataDir: pgliteDirectory(dataDir) });
    await enqueueMail(db, new Date(Date.now() - 1000), {
      to: ['operator@example.kz'],
      subject: 'Проверка',
      text: 'Тексеру',
    });
    await db.close();

    expect(shekara('outbox', 'status').stdout).toBe('mail.send  waiting 1, sent 0, given up 0\n');
    const drained = shekara('outbox', 'drain');
    expect(drained.code, drained.stderr).toBe(0);
    expect(drained.stdout).toBe('handled 1\nmail.send  waiting 0, sent 1, given up 0\n');

    const after = await openPglite({ dataDir: pgliteDirectory(dataDir) });
    expect((await listDevMailbox(after)).map((m) => [m.to, m.subject])).toEqual([
      [['operator@example.kz'], 'Проверка'],
    ]);
    await after.close();
  });
});
