import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { trustedOrigins } from './trusted-origins';

/** Methods that must not change anything, so any site may send them. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CROSS_SITE_REQUEST_REFUSED = 'CROSS_SITE_REQUEST_REFUSED';

/**
 * Whether a browser sent this request on behalf of another site. Browsers send Origin on every
 * cross-origin request that is not a GET or HEAD (and modern ones on same-origin POSTs too); older
 * ones may omit it, so Sec-Fetch-Site and then the Referer decide in its absence. A request with none
 * of the three is not from a browser (curl, scripts): it carries no ambient cookies an attacker could
 * borrow, so it is left to authentication like any other.
 */
export function isCrossSiteRequest(request: Request, ownOrigins: string | readonly string[]): boolean {
  const own = typeof ownOrigins === 'string' ? [ownOrigins] : ownOrigins;
  const origin = request.headers.origin;
  // Includes `Origin: null` (sandboxed frames, data: URLs, privacy-redirected requests).
  if (origin !== undefined) return !own.includes(origin);
  const fetchSite = request.headers['sec-fetch-site'];
  // `none`: the person started it themselves (a bookmark, the address bar).
  if (fetchSite !== undefined) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const referer = request.headers.referer;
  if (referer === undefined) return false;
  try {
    return !own.includes(new URL(referer).origin);
  } catch {
    return true;
  }
}

/**
 * Refuses state-changing requests (anything but GET, HEAD, OPTIONS) that a browser sent from another
 * site, with 403 CROSS_SITE_REQUEST_REFUSED: the session cookie's SameSite=Lax is then not the only
 * defence of sign-out, avatar uploads or any route added later. Only our own origins (PUBLIC_URL's,
 * and its loopback aliases: trustedOrigins) are trusted. `exemptPaths` accept cross-site requests by
 * design and must protect themselves.
 */
export function refuseCrossSiteRequests(publicUrl: string, exemptPaths: readonly string[]): RequestHandler {
  const ownOrigins = trustedOrigins(publicUrl);
  const exempt = new Set(exemptPaths.map((path) => path.toLowerCase()));
  return (request: Request, response: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(request.method)) return next();
    if (exempt.has(request.path.toLowerCase().replace(/(.)\/+$/, '$1'))) return next();
    if (!isCrossSiteRequest(request, ownOrigins)) return next();
    response.status(403).json({
      error: {
        code: CROSS_SITE_REQUEST_REFUSED,
        message:
          'This request came from another site, so it was refused. Open Ensemble itself and try again.',
      },
    });
  };
}
