import { returnPathOrHome, safeReturnPath } from '../saml/return-path';

describe('safeReturnPath', () => {
  it.each(['/', '/people', '/people/123?tab=skills#endorsements', '/search?q=a%20b', '/a//b'])(
    'accepts the same-origin path %s',
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    ['protocol-relative', '//evil.example'],
    ['backslash authority', '/\\evil.example'],
    ['backslash later', '/x\\..\\\\evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['scheme', 'javascript:alert(1)'],
    ['relative', 'people'],
    ['tab that browsers strip', '/\t/evil.example'],
    ['newline', '/\n/evil.example'],
    ['space', '/ /evil.example'],
    ['empty', ''],
    ['too long', `/${'a'.repeat(2048)}`],
  ])('refuses a %s', (_label, path) => {
    expect(safeReturnPath(path)).toBeNull();
  });

  it('refuses non-strings and falls back to /', () => {
    expect(safeReturnPath(['/people'])).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
    expect(returnPathOrHome('//evil.example')).toBe('/');
    expect(returnPathOrHome('/projects')).toBe('/projects');
  });
});
