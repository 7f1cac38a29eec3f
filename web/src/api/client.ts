import { urlOf, type RouteInput, type RouteOutput, type RouteSpec } from '@shekara/contracts/http';
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
    headers: { accept: 'application/json', 'accept-language': currentLanguage(), ...(token ? { 'x-csrf-token': token } : {}), ...init.headers },
  });
  if (response.status === 204) return undefined;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as Partial<ApiErrorBody> | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_' + response.status, error?.message ?? response.statusText, error?.requestId, error?.details);
  }
  return body;
}

/** Input is optional when a route takes nothing required. */
type CallArgs<R extends RouteSpec> = {} extends RouteInput<R> ? [input?: RouteInput<R> & { signal?: AbortSignal }] : [input: RouteInput<R> & { signal?: AbortSignal }];

/**
 * Calls a route by its contract: fills the path, adds the query, sends the body as JSON (or as
 * is when it is FormData) and answers what the contract says the route answers.
 */
export async function call<R extends RouteSpec>(route: R, ...[input]: CallArgs<R>): Promise<RouteOutput<R>> {
  const { body, signal } = (input ?? {}) as { body?: unknown; signal?: AbortSignal };
  const init: RequestInit = { method: route.method, signal };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  } else if (route.method !== 'GET' && route.method !== 'DELETE') {
    // Fastify refuses a JSON content type with no body; a state-changing route with no body gets an empty object.
    init.body = '{}';
    init.headers = { 'content-type': 'application/json' };
  }
  return (await fetchJson(urlOf(route, input as Parameters<typeof urlOf<R>>[1]), init)) as RouteOutput<R>;
}

/** The link to a route's file answer (PDF, CSV, Atom) for these parameters. */
export const linkOf = urlOf;
