import { currentLanguage } from './i18n/index.ts';

/** The server's error body: a stable code and a message already in the user's language. */
export interface ApiErrorBody {
  error: { code: string; message: string; requestId: string; details?: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    /** machine-readable facts some errors carry (fields that failed, accounts to choose from…) */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The anti-forgery token the server set at log-in (cookie `shekara_csrf`, readable by our own
 * scripts only). Every state-changing request echoes it in X-CSRF-Token.
 */
export function csrfToken(): string | undefined {
  const match = /(?:^|;\s*)shekara_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/**
 * Fetches JSON from the server, asking for messages in the language the user chose; sends the
 * CSRF token with state-changing requests. A 204 answers undefined.
 */
export async function getJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const token = safeMethods.has(method) ? undefined : csrfToken();
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...init,
    headers: { accept: 'application/json', 'accept-language': currentLanguage(), ...(token ? { 'x-csrf-token': token } : {}), ...init.headers },
  });
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as Partial<ApiErrorBody> | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_' + response.status, error?.message ?? response.statusText, error?.requestId, error?.details);
  }
  return body as T;
}

/** Sends a JSON body (POST by default) and reads the JSON answer. */
export function sendJson<T>(path: string, body: unknown, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'POST'): Promise<T> {
  return getJson<T>(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
