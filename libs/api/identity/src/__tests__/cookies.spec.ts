import { parseCookieHeader, readCookie } from '../session/cookies';

describe('parseCookieHeader', () => {
  it('reads name=value pairs separated by semicolons', () => {
    expect(Object.fromEntries(parseCookieHeader('a=1; b=two;c=3'))).toEqual({ a: '1', b: 'two', c: '3' });
  });

  it('keeps the first of duplicate names (the most specific path comes first)', () => {
    expect(readCookie('ensemble_session=first; ensemble_session=second', 'ensemble_session')).toBe('first');
  });

  it('unquotes and percent-decodes values, keeping undecodable ones raw', () => {
    expect(readCookie('a="quoted value"', 'a')).toBe('quoted value');
    expect(readCookie('a=hello%20world', 'a')).toBe('hello world');
    expect(readCookie('a=%E0%A4%A', 'a')).toBe('%E0%A4%A');
  });

  it('keeps = inside values and ignores malformed parts', () => {
    expect(Object.fromEntries(parseCookieHeader('token=abc==; =nameless; novalue; ;x=1'))).toEqual({
      token: 'abc==',
      x: '1',
    });
  });

  it('handles absent and array headers', () => {
    expect(parseCookieHeader(undefined).size).toBe(0);
    expect(parseCookieHeader('').size).toBe(0);
    expect(readCookie(['a=1', 'b=2'], 'b')).toBe('2');
  });
});
