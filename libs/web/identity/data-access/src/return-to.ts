/** Where a sign-in brings the visitor when no (safe) returnTo was given. */
export const DEFAULT_RETURN_TO = '/me';
/** The API's sign-out endpoint (a form POST; it redirects to /sign-in?signedOut=1). */
export const LOGOUT_ACTION = '/auth/logout';

const ORIGIN = 'https://ensemble.invalid';

/**
 * Returns `value` when it is a same-origin relative path ("/people?q=ann"), otherwise null.
 * Refuses protocol-relative (`//evil.example`), absolute (`https://evil.example`), backslash
 * (`/\evil.example`, which browsers read as `//`), scheme (`javascript:`) and control-character
 * tricks, and the sign-in page itself (which would loop).
 */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value || value.length > 2048) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/auth/')) return null;
  return url.pathname + url.search + url.hash;
}

/** The API route that starts SAML sign-in and comes back to `returnTo` afterwards. */
export function samlLoginHref(returnTo: string | null | undefined): string {
  const target = safeReturnTo(returnTo) ?? DEFAULT_RETURN_TO;
  return `/auth/saml/login?${new URLSearchParams({ returnTo: target }).toString()}`;
}

/** The app's sign-in page, remembering where the visitor was (`/sign-in?returnTo=/people%3Fq%3Dann`). */
export function signInPageHref(current: string | null | undefined): string {
  const target = safeReturnTo(current);
  return target ? `/sign-in?${new URLSearchParams({ returnTo: target }).toString()}` : '/sign-in';
}
