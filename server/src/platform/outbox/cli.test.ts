import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../testing/cli.ts';
import { listDevMailbox } from '../mail/dev-mailbox.ts';
import { enqueueMail } from '../mail/mail.ts';

/**
 * `shekara outbox status|drain`. Without SMTP_URL the mail goes to the development mailbox,
 * whatever this process was given.
 */
const workspace = cliWorkspace('outbox-cli', { SMTP_URL: undefined, NODE_ENV: 'development' });
const { shekara } = workspace;
afterAll(() => workspace.remove());

describe('shekara outbox', { timeout: 300_000 }, () => {
  it('reports what waits, and drain sends it (here into the development mailbox)', async () => {
    expect((await shekara('db', 'migrate')).code).toBe(0);
    expect((await shekara('outbox', 'status')).stdout).toBe('the outbox is empty\n');

    const db = await workspace.database();
    await enqueueMail(db, new Date(Date.now() - 1000), {
      to: ['operator@example.kz'],
      subject: 'Проверка',
      text: 'Тексеру',
    });

    expect((await shekara('outbox', 'status')).stdout).toBe('mail.send  waiting 1, sent 0, given up 0\n');
    const drained = await shekara('outbox', 'drain');
    expect(drained.code, drained.stderr).toBe(0);
    expect(drained.stdout).toBe('handled 1\nmail.send  waiting 0, sent 1, given up 0\n');

    expect((await listDevMailbox(db)).map((m) => [m.to, m.subject])).toEqual([[['operator@example.kz'], 'Проверка']]);
  });
});
