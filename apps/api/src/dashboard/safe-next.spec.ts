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
    ['a dot segment that leaves "//"', '/..//evil.example', '/'],
    ['two dot segments that leave "//"', '/./..//evil.example', '/'],
    ['a climb back out of a path', '/requests/..//evil.example', '/'],
    ['encoded dots', '/%2e%2e//evil.example', '/'],
    ['three slashes', '///evil.example', '/'],
    ['encoded slashes (a path here)', '/%2f%2fevil.example', '/%2f%2fevil.example'],
    ['an encoded backslash (a path here)', '/%5cevil.example', '/%5cevil.example'],
    ['a dot segment that stays here', '/requests/../users', '/users'],
  ])('%s', (_what, next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    '/..//x',
    '/./..//x',
    '/\\x',
    '/%2f%2fx',
    '/%5cx',
    '/\t/x',
    '/%2e%2e/%2e%2e//x',
    '/a/b/../..//x',
    '/.%2e//x',
    '/requests/1?next=//x',
  ])('is idempotent and never starts with // or /\\: %j', (next) => {
    const once = safeNext(next);
    expect(safeNext(once)).toBe(once);
    expect(once).toMatch(/^\/(?![/\\])/);
  });
});
