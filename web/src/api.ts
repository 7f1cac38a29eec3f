// The pages import the error and the CSRF token from here; the typed client itself is api/client.ts.
export { ApiError, csrfToken, type ApiErrorBody } from './api/client.ts';

import { fetchJson } from './api/client.ts';

/** @deprecated untyped; call a route's contract through api/client.ts instead */
export const getJson = <T>(path: string, init: RequestInit = {}): Promise<T> => fetchJson(path, init) as Promise<T>;
/** @deprecated untyped; call a route's contract through api/client.ts instead */
export function sendJson<T>(path: string, body: unknown, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'POST'): Promise<T> {
  return getJson<T>(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
