import type { TestHolder } from '@shekara/nca/test-pki';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { TestBrowser } from '../../testing/accounts.ts';
import { createStaffAccount } from '../accounts/index.ts';

/** Test helpers of the portal: staff logged in with their own key, and an item as the editor sends it. */

export async function staffBrowser(
  app: FastifyInstance,
  db: Database,
  clock: Clock,
  who: TestHolder,
  kind: 'admin' | 'officer',
): Promise<TestBrowser & { accountId: string; relogin(): Promise<unknown> }> {
  const { id } = await createStaffAccount(db, clock, {
    kind,
    iin: who.iin,
    email: `${kind}@kgd.example.kz`,
    ...(kind === 'officer' ? { officeCode: '75000' } : {}),
  });
  const browser = new TestBrowser(app);
  const response = await browser.logInAs(who, id);
  if (response.statusCode !== 200) throw new Error(`staff log-in failed: ${response.body}`);
  return Object.assign(browser, { accountId: id, relogin: () => browser.logInAs(who, id) });
}

export const everywhere = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: `${text} (en)` });

export function newsInput(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'news',
    slug,
    title: everywhere(`News ${slug}`),
    summary: everywhere('Summary'),
    body: everywhere('Body with **bold** text'),
    ...overrides,
  };
}
