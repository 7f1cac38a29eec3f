import type { TestHolder } from '@shekara/nca/test-pki';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { TestBrowser } from '../../testing/accounts.ts';
import { loggedInStaff } from '../../testing/staff.ts';

/** Test helpers of the portal: staff logged in with their own key, and an item as the editor sends it. */

export async function staffBrowser(
  app: FastifyInstance,
  db: Database,
  clock: Clock,
  who: TestHolder,
  kind: 'admin' | 'officer',
): Promise<TestBrowser & { accountId: string; relogin(): Promise<unknown> }> {
  const { browser, id, relogin } = await loggedInStaff(app, db, clock, who, {
    kind,
    email: `${kind}@kgd.example.kz`,
    ...(kind === 'officer' ? { officeCode: '75000' } : {}),
  });
  return Object.assign(browser, { accountId: id, relogin });
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
