import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known of the request whose work is running: its id, which every log line the work writes carries. */
export interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `work` as part of a request: everything it starts, awaits or leaves running (a promise not
 * awaited, a timer) stays in the request's scope, so a module logging through the process's logger
 * still names the request.
 */
export function inRequestScope<T>(request: RequestScope, work: () => T): T {
  return scope.run(request, work);
}

/** The request whose work is running now, if any. */
export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}

/**
 * Runs `work` outside any request. For what a request happens to start but that serves the whole
 * process afterwards (a worker thread, a pooled connection): its later events would otherwise be
 * logged under the first request's id for as long as the process lives.
 */
export function outsideRequests<T>(work: () => T): T {
  return scope.exit(work);
}
