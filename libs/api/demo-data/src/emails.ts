export const DEMO_EMAIL_DOMAIN = 'ensemble-demo.example';

// Letters that Unicode decomposition does not reduce to ASCII.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};
const SPECIAL_LETTER_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** Lower-case ASCII for an email local part: "Nguyễn" → "nguyen", "O'Connor" → "oconnor". */
export function asciiSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(SPECIAL_LETTER_PATTERN, (letter) => SPECIAL_LETTERS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique `given.family@domain` addresses, numbering repeats: jane.doe, jane.doe2, jane.doe3… */
export class EmailAllocator {
  private readonly used = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  constructor(private readonly domain = DEMO_EMAIL_DOMAIN) {}

  allocate(givenName: string, familyName: string): string {
    const base = `${asciiSlug(givenName) || 'person'}.${asciiSlug(familyName) || 'person'}`;
    let localPart = base;
    let number = this.nextNumber.get(base) ?? 2;
    while (this.used.has(localPart)) localPart = `${base}${number++}`;
    this.nextNumber.set(base, number);
    this.used.add(localPart);
    return `${localPart}@${this.domain}`;
  }
}
