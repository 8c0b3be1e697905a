import { hashPassword, needsRehash, verifyPassword } from './passwords';

describe('password hashes', () => {
  it("new hashes use OWASP's minimum scrypt cost by default: N=2^17, r=8, p=1", async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('wrong horse battery', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it.each([
    ['the old cost (2^14)', 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA', true],
    ['the current cost', 'scrypt$131072$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA', false],
    ['a higher cost', 'scrypt$262144$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA', false],
    ['something that is not a hash', 'plain', true],
  ])('%s needs a rehash: %s', (_, stored, expected) => {
    expect(needsRehash(stored, 17)).toBe(expected);
  });

  it('a lower configured cost still verifies hashes of a higher one', async () => {
    const stored = await hashPassword('pw-pw-pw-pw', 14);
    expect(stored.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('pw-pw-pw-pw', stored)).toBe(true);
    expect(needsRehash(stored, 14)).toBe(false);
  });

  it('a stored cost beyond any we make is refused, not obeyed', async () => {
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$c2FsdA$aGFzaA')).toBe(false);
  });
});
