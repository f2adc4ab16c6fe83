import { trustedOriginOf, trustedOrigins } from '../http/trusted-origins';

describe('trustedOrigins', () => {
  it('adds the other loopback names, same scheme and port, when PUBLIC_URL is on loopback', () => {
    expect(trustedOrigins('http://localhost:3000')).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]);
    expect(trustedOrigins('https://127.0.0.1:8443/')).toEqual([
      'https://127.0.0.1:8443',
      'https://localhost:8443',
      'https://[::1]:8443',
    ]);
  });

  it('trusts only PUBLIC_URL itself anywhere else', () => {
    expect(trustedOrigins('https://ensemble.example.com')).toEqual(['https://ensemble.example.com']);
    // A name merely starting like a loopback one is another host.
    expect(trustedOrigins('http://localhost.example.com:3000')).toEqual([
      'http://localhost.example.com:3000',
    ]);
  });
});

describe('trustedOriginOf', () => {
  const of = (host: string | undefined, publicUrl = 'http://localhost:3000') =>
    trustedOriginOf({ headers: { host } }, publicUrl);

  it("names the trusted origin a request was addressed to, with PUBLIC_URL's scheme", () => {
    expect(of('127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    expect(of('LOCALHOST:3000')).toBe('http://localhost:3000');
    expect(of('[::1]:3000')).toBe('http://[::1]:3000');
  });

  it('is null for any other host, port or a malformed Host', () => {
    expect(of('127.0.0.1:3001')).toBeNull();
    expect(of('evil.example')).toBeNull();
    expect(of('127.0.0.1:3000@evil.example')).toBeNull();
    expect(of('127.0.0.1:3000/x')).toBeNull();
    expect(of(undefined)).toBeNull();
    expect(of('ensemble.example.com', 'https://ensemble.example.com')).toBe('https://ensemble.example.com');
  });
});
