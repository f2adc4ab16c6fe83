import { safeReturnTo, samlLoginHref, signInPageHref } from '../return-to';

describe('safeReturnTo', () => {
  it.each(['/people', '/people?name=ann&department=3', '/people/7f0c#reports', '/me'])('keeps %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    null,
    '',
    'people',
    '//evil.example',
    '//evil.example/people',
    'https://evil.example',
    'http://evil.example/me',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/people\nSet-Cookie: x',
    '/sign-in?returnTo=/me',
    '/auth/logout',
  ])('refuses %p', (value) => {
    expect(safeReturnTo(value)).toBeNull();
  });
});

describe('samlLoginHref', () => {
  it('passes a safe returnTo to the SAML login route', () => {
    expect(samlLoginHref('/people?name=ann')).toBe('/auth/saml/login?returnTo=%2Fpeople%3Fname%3Dann');
  });

  it('falls back to /me for a hostile or missing returnTo', () => {
    expect(samlLoginHref('//evil.example')).toBe('/auth/saml/login?returnTo=%2Fme');
    expect(samlLoginHref('https://evil.example')).toBe('/auth/saml/login?returnTo=%2Fme');
    expect(samlLoginHref(null)).toBe('/auth/saml/login?returnTo=%2Fme');
  });
});

describe('signInPageHref', () => {
  it('remembers where the visitor was', () => {
    expect(signInPageHref('/people')).toBe('/sign-in?returnTo=%2Fpeople');
    expect(signInPageHref('/people?name=a')).toBe('/sign-in?returnTo=%2Fpeople%3Fname%3Da');
  });

  it('drops an unsafe location', () => {
    expect(signInPageHref('//evil.example')).toBe('/sign-in');
  });
});
