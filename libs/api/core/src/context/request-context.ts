import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Per-request facts that code deep in the stack (the SQL logger, the error mapper) needs. */
export interface RequestContext {
  requestId: string;
  /** SQL statements run on behalf of this request so far. */
  sqlStatements: number;
  /** performance.now() when the request began. */
  startedAt: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(requestId: string | undefined, fn: () => T): T {
  return storage.run({ requestId: requestId ?? randomUUID(), sqlStatements: 0, startedAt: performance.now() }, fn);
}

/**
 * Runs `fn` outside any request: background work a request merely triggered (a cache refresh) is
 * not that request's, and must not count in its SQL statements or carry its request id.
 */
export function runOutsideRequestContext<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** A request id from an upstream proxy is kept if it looks sane; anything else is replaced. */
export function acceptRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{8,128}$/.test(value) ? value : randomUUID();
}
