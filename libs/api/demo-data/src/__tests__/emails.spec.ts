import { asciiSlug, EmailAllocator } from '../emails';
import { apportion } from '../apportion';

describe('asciiSlug', () => {
  it.each([
    ['Nguyễn', 'nguyen'],
    ["O'Connor", 'oconnor'],
    ['van den Berg', 'vandenberg'],
    ['Fernández-Soto', 'fernandez-soto'],
    ['Weiß', 'weiss'],
    ['Søren', 'soren'],
    ['Łukasz', 'lukasz'],
    ['Þórunn', 'thorunn'],
    ['Sigurðsson', 'sigurdsson'],
    ['Yılmaz', 'yilmaz'],
    ['Đặng', 'dang'],
    ['Aïssatou', 'aissatou'],
  ])('%s → %s', (name, slug) => {
    expect(asciiSlug(name)).toBe(slug);
  });
});

describe('EmailAllocator', () => {
  it('numbers repeated names from 2', () => {
    const emails = new EmailAllocator('example.test');
    expect(emails.allocate('José', 'García')).toBe('jose.garcia@example.test');
    expect(emails.allocate('Jose', 'Garcia')).toBe('jose.garcia2@example.test');
    expect(emails.allocate('JOSÉ', 'GARCÍA')).toBe('jose.garcia3@example.test');
  });

  it('falls back when a name has no ASCII letters', () => {
    expect(new EmailAllocator('example.test').allocate('李', '王')).toBe('person.person@example.test');
  });
});

describe('apportion', () => {
  it('splits a total in proportion, always summing to it', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [30, 5, 15])).toEqual([4, 1, 2]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(5, [])).toEqual([]);
  });
});
