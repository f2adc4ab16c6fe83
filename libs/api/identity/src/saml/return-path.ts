/**
 * Where to send the browser after sign-in. RelayState and `returnTo` come from the client, so only a
 * same-origin path is accepted: it must start with a single `/` (not `//host` or `/\host`, which
 * browsers read as another origin) and contain no control characters or whitespace (browsers strip
 * tabs and newlines from URLs, so `/\t/evil.example` would become `//evil.example`).
 */
const BASE = 'http://return-path.invalid';

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return null;
  try {
    // Belt and braces: whatever the browser's URL parser makes of it must stay on our origin.
    if (new URL(value, BASE).origin !== BASE) return null;
  } catch {
    return null;
  }
  return value;
}

export function returnPathOrHome(value: unknown): string {
  return safeReturnPath(value) ?? '/';
}
