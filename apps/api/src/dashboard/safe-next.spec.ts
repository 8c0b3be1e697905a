import { safeNext } from './safe-next';

describe('safeNext: where sign-in may send an officer afterwards', () => {
  it.each([
    ['nothing', undefined, '/'],
    ['a path here', '/requests/12', '/requests/12'],
    ['a path with its query', '/requests/1?log=response', '/requests/1?log=response'],
    ['another host', '//evil.example/phish', '/'],
    ['a tab the browser drops', '/\t/evil.example', '/'],
    ['a newline the browser drops', '/\n/evil.example', '/'],
    ['a backslash browsers read as a slash', '/\\evil.example', '/'],
    ['a full address', 'https://evil.example/', '/'],
    ['a relative path', 'requests/1', '/'],
    ['javascript:', 'javascript:alert(1)', '/'],
  ])('%s', (_what, next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
