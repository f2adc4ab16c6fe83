/**
 * Cookie header parsing (RFC 6265 §5.4 `Cookie: name=value; name2=value2`). A dozen lines do not
 * justify a middleware that would parse every request's cookies whether anyone needs them or not.
 */
export function parseCookieHeader(header: string | string[] | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return cookies;
  for (const part of text.split(';')) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const name = part.slice(0, equals).trim();
    if (!name || cookies.has(name)) continue; // Browsers send the most specific path first: keep it.
    let value = part.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // Not percent-encoded after all: keep the raw text.
    }
    cookies.set(name, value);
  }
  return cookies;
}

export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  return parseCookieHeader(header).get(name);
}
