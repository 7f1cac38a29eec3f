import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { devSignerRoutes } from '@shekara/contracts/signature';
import { ApiError, call } from '../../api/client.ts';

/** A key of the server's development test PKI (the endpoints answer 404 in production). */
export type TestKey = RouteOutput<typeof devSignerRoutes.keys>['keys'][number];

/** The test keys, or null when the server is not in development and has no test signer. */
export async function fetchTestKeys(): Promise<TestKey[] | null> {
  try {
    const { keys } = await call(devSignerRoutes.keys);
    return Array.isArray(keys) ? keys : null;
  } catch (error) {
    if (error instanceof ApiError || error instanceof SyntaxError || error instanceof TypeError) return null;
    throw error;
  }
}

export type TestSignRequest = RouteInput<typeof devSignerRoutes.sign>['body'];

export const testSign = (request: TestSignRequest): Promise<{ cms?: string; xml?: string }> =>
  call(devSignerRoutes.sign, { body: request });
