import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import type { devSignerRoutes } from '@shekara/contracts/signature';
import { ApiError, call } from '../../api/client.ts';

// The test signer's contracts (and zod with them) come when it is first asked, not with the first
// page's script (issue 19 point 11).
const routes = async () => (await import('@shekara/contracts/signature')).devSignerRoutes;

/** A key of the server's development test PKI (the endpoints answer 404 in production). */
export type TestKey = RouteOutput<typeof devSignerRoutes.keys>['keys'][number];

/** The test keys, or null when the server is not in development and has no test signer. */
export async function fetchTestKeys(): Promise<TestKey[] | null> {
  try {
    const { keys } = await call((await routes()).keys);
    return Array.isArray(keys) ? keys : null;
  } catch (error) {
    if (error instanceof ApiError || error instanceof SyntaxError || error instanceof TypeError) return null;
    throw error;
  }
}

export type TestSignRequest = RouteInput<typeof devSignerRoutes.sign>['body'];

export const testSign = async (request: TestSignRequest): Promise<{ cms?: string; xml?: string }> =>
  call((await routes()).sign, { body: request });
