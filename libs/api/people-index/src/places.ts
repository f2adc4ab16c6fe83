/*
 * Places: a person's location is free text ("Berlin, Germany", "São Paulo, Brazil", "Remote"). A place
 * filter matches the whole location or any of its parts (a city, a country, "Remote"), ignoring case,
 * accents and punctuation; query understanding recognises the same parts in free text.
 */

/** What separates the parts of a location: commas, semicolons, slashes, bars, brackets, a spaced dash. */
const PART_SEPARATOR = /[,;/|()·]+|\s[-–—]\s/u;

/** The parts of a location as written, trimmed, without duplicates: "Berlin, Germany" → Berlin, Germany. */
export function placeParts(location: string): string[] {
  const parts: string[] = [];
  for (const raw of location.split(PART_SEPARATOR)) {
    const part = raw.replace(/\s+/g, ' ').trim();
    if (part && placeKey(part) && !parts.some((known) => placeKey(known) === placeKey(part)))
      parts.push(part);
  }
  return parts;
}

/**
 * What place filters compare: lower case, accents folded ("São Paulo" is "sao paulo"), anything that
 * is not a letter or a digit a single space.
 */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The keys a location answers to: the whole of it and each of its parts. */
export function placeKeys(location: string): string[] {
  return [...new Set([placeKey(location), ...placeParts(location).map(placeKey)])].filter(Boolean);
}
