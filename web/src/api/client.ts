import { type RouteInput, type RouteOutput, type RouteSpec, urlOf } from '@shekara/contracts/http';
import { currentLanguage } from '../i18n/index.ts';

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
 * Fetches from the server, asking for messages in the language the user chose; sends the CSRF
 * token with state-changing requests. A 204 answers undefined; an error answer throws ApiError.
 */
export async function fetchJson(path: string, init: RequestInit = {}): Promise<unknown> {
  const method = (init.method ?? 'GET').toUpperCase();
  const token = safeMethods.has(method) ? undefined : csrfToken();
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...init,
    headers: {
      accept: 'application/json',
      'accept-language': currentLanguage(),
      ...(token ? { 'x-csrf-token': token } : {}),
      ...init.headers,
    },
  });
  if (response.status === 204) return undefined;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as Partial<ApiErrorBody> | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? response.statusText,
      error?.requestId,
      error?.details,
    );
  }
  return body;
}

/**
 * Besides the contract's input: a body sent as it is (a file) with its media type, a signal to
 * abort, and `keepalive` for a request that must outlive a page being closed (a last autosave).
 */
interface CallOptions {
  raw?: Blob;
  contentType?: string;
  signal?: AbortSignal;
  keepalive?: boolean;
}

/** Input is optional when a route takes nothing required. */
type CallArgs<R extends RouteSpec> =
  Record<never, never> extends RouteInput<R>
    ? [input?: RouteInput<R> & CallOptions]
    : [input: RouteInput<R> & CallOptions];

/**
 * Calls a route by its contract: fills the path, adds the query, sends the body as JSON (or a
 * file as it is) and answers what the contract says the route answers on success.
 */
export async function call<R extends RouteSpec>(route: R, ...[input]: CallArgs<R>): Promise<RouteOutput<R>> {
  const { body, raw, contentType, signal, keepalive, headers } = (input ?? {}) as CallOptions & {
    body?: unknown;
    headers?: Record<string, string>;
  };
  const sent: Record<string, string> = { ...headers };
  const init: RequestInit = { method: route.method, signal, headers: sent, ...(keepalive && { keepalive }) };
  if (raw !== undefined) {
    init.body = raw;
    sent['content-type'] = contentType ?? (raw.type || 'application/octet-stream');
  } else if (body !== undefined || (route.method !== 'GET' && route.method !== 'DELETE')) {
    // A state-changing route with nothing to say still sends {}: Fastify refuses a JSON request with no body.
    init.body = JSON.stringify(body ?? {});
    sent['content-type'] = 'application/json';
  }
  return (await fetchJson(urlOf(route, input as Parameters<typeof urlOf<R>>[1]), init)) as RouteOutput<R>;
}
