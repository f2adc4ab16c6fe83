import type { Request } from 'express';

/** The names of this machine's loopback interface, as browsers write them in an origin. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins Ensemble answers as itself: PUBLIC_URL's, and, when PUBLIC_URL names the loopback
 * interface (a laptop, `npm start`), the same scheme and port under its other loopback names, so that
 * opening `http://127.0.0.1:3000` for `http://localhost:3000` works as it looks like it should (ADR
 * 0027). Nothing else: no other machine can serve those origins, and no public host is ever added.
 */
export function trustedOrigins(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [url.origin];
  const others = LOOPBACK_HOSTS.filter((host) => host !== url.hostname).map(
    (host) => new URL(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`).origin,
  );
  return [url.origin, ...others];
}

/**
 * The trusted origin a request was addressed to (its Host, with PUBLIC_URL's scheme), or null when
 * the Host is not one of ours (then PUBLIC_URL's own origin is the one to use).
 */
export function trustedOriginOf(request: Pick<Request, 'headers'>, publicUrl: string): string | null {
  const host = request.headers.host;
  if (!host || /[^A-Za-z0-9.:[\]-]/.test(host)) return null;
  let origin: string;
  try {
    origin = new URL(`${new URL(publicUrl).protocol}//${host}`).origin;
  } catch {
    return null;
  }
  return trustedOrigins(publicUrl).includes(origin) ? origin : null;
}
