/** The encodings the API can send, in the order it prefers them when a client weighs them equally. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip', 'identity'];

/**
 * The codings a client accepts, best first, from its Accept-Encoding header (RFC 9110 §12.5.3): the
 * client's q-values decide, ties go to the smaller encoding (br, then gzip); `q=0` refuses a coding
 * and `*` stands for every coding not named. Without the header a client gets identity only: some
 * proxies strip it precisely because they cannot decode. Identity comes last unless refused, and
 * when everything is refused the answer is identity anyway (a readable answer beats a 406 for a
 * static file).
 */
export function acceptedEncodings(header: string | string[] | undefined): ContentCoding[] {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '') return ['identity'];
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, raw] = param.split('=').map((s) => s.trim());
      if (key?.toLowerCase() !== 'q') continue;
      const parsed = Number(raw);
      q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
    }
    // A name listed twice keeps its best weight.
    weights.set(name, Math.max(q, weights.get(name) ?? 0));
  }
  const wildcard = weights.get('*');
  const weight = (coding: ContentCoding): number | undefined =>
    weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? wildcard;
  const accepted = PREFERENCE.filter((coding) => (weight(coding) ?? 0) > 0).sort(
    (a, b) => (weight(b) ?? 0) - (weight(a) ?? 0),
  );
  // Identity that the header does not mention is acceptable, after anything the client asked for.
  if (weight('identity') === undefined) accepted.push('identity');
  return accepted.length > 0 ? accepted : ['identity'];
}
