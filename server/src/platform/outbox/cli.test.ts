import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runShekara, startFromMigratedTemplate } from '../../testing/cli.ts';
import { pgliteDirectory } from '../db/open-database.ts';
import { openPglite } from '../db/pglite.ts';
import { listDevMailbox } from '../mail/dev-mailbox.ts';
import { enqueueMail } from '../mail/mail.ts';

/** `shekara outbox status|drain` on an embedded database of its own. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-outbox-cli-'));
startFromMigratedTemplate(dataDir);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Without SMTP_URL the mail goes to the development mailbox, whatever this process was given. */
const shekara = (...args: string[]) =>
  runShekara(args, {
    DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    SMTP_URL: undefined,
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
  });

describe('shekara outbox', { timeout: 300_000 }, () => {
  it('reports what waits, and drain sends it (here into the development mailbox)', async () => {
    expect((await shekara('db', 'migrate')).code).toBe(0);
    expect((await shekara('outbox', 'status')).stdout).toBe('the outbox is empty\n');

    const db = await openPglite({ dataDir: pgliteDirectory(dataDir) });
    await enqueueMail(db, new Date(Date.now() - 1000), {
      to: ['operator@example.kz'],
      subject: 'Проверка',
      text: 'Тексеру',
    });
    await db.close();

    expect((await shekara('outbox', 'status')).stdout).toBe('mail.send  waiting 1, sent 0, given up 0\n');
    const drained = await shekara('outbox', 'drain');
    expect(drained.code, drained.stderr).toBe(0);
    expect(drained.stdout).toBe('handled 1\nmail.send  waiting 0, sent 1, given up 0\n');

    const after = await openPglite({ dataDir: pgliteDirectory(dataDir) });
    expect((await listDevMailbox(after)).map((m) => [m.to, m.subject])).toEqual([
      [['operator@example.kz'], 'Проверка'],
    ]);
    await after.close();
  });
});
