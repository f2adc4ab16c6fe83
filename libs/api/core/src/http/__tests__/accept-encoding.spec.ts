import { acceptedEncodings } from '../accept-encoding';

describe('acceptedEncodings', () => {
  it('prefers Brotli, then gzip, when a browser accepts both equally, whatever their order', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('br, gzip')).toEqual(['br', 'gzip', 'identity']);
  });

  it("follows the client's q-values", () => {
    expect(acceptedEncodings('br;q=0.5, gzip;q=0.9')).toEqual(['gzip', 'br', 'identity']);
    expect(acceptedEncodings('identity;q=1, br;q=0.2')).toEqual(['identity', 'br']);
  });

  it('never picks a coding refused with q=0, even through the wildcard', () => {
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('gzip;q=0, *')).toEqual(['br', 'identity']);
    expect(acceptedEncodings('*;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('gzip;q=0.0, br;q=0')).toEqual(['identity']);
  });

  it('gives identity to a client that sends no header, an empty one, or refuses everything', () => {
    expect(acceptedEncodings(undefined)).toEqual(['identity']);
    expect(acceptedEncodings('')).toEqual(['identity']);
    expect(acceptedEncodings('identity')).toEqual(['identity']);
    expect(acceptedEncodings('*;q=0')).toEqual(['identity']);
  });

  it('reads the wildcard, x-gzip, case and spacing as RFC 9110 allows, and ignores malformed weights', () => {
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings(' GZIP ; Q=0.8 ')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('x-gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('br;q=abc, gzip;q=2')).toEqual(['identity']);
    expect(acceptedEncodings(['br', 'gzip'])).toEqual(['br', 'gzip', 'identity']);
  });
});
