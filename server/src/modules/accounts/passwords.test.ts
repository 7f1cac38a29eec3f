import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('the password policy (NIST SP 800-63B; issue 4 point 2, REG-7)', () => {
  it.each([
    ['short1!', 'too_short'],
    ['elevenchars', 'too_short'],
    ['x'.repeat(257), 'too_long'],
    ['123456789012', 'common'],
    ['Password2026!', 'common'],
    ['!!qwerty!!1234', 'common'],
    ['пароль123456', 'common'],
    ['aaaaaaaaaaaa', 'repetitive'],
    ['abcabcabcabc', 'repetitive'],
    ['poiuytrewq90', 'sequential'],
    ['0987654321zx', 'sequential'],
    ['my850115300012id', 'contains_identifier'],
  ])('refuses %j as %s', (password, problem) => {
    expect(passwordProblem(password, { iinBin: '850115300012', email: 'aslan@example.kz' })).toBe(problem);
  });

  it('has no composition rules: a long passphrase of lower-case words in any of our languages passes', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('жасыл шалғын таңғы шық')).toBeNull();
    expect(passwordProblem('Tamga-Kеден-7 river')).toBeNull();
  });

  it('counts characters, not bytes: twelve Kazakh letters are enough', () => {
    expect(passwordProblem('әғқңөұүһіжшщ')).toBeNull();
  });
});

describe('password hashes', () => {
  it('are argon2id, salted, and verify only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(first, 'correct horse battery stapl')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});

it('checks the decoy hash at the cost of a real one, so an unknown login takes as long as a wrong password', async () => {
  const { decoyPasswordHash } = await import('./passwords.ts');
  const real = await hashPassword('correct horse battery staple');
  const time = async (hashed: string) => {
    const start = performance.now();
    await verifyPassword(hashed, 'guess guess guess');
    return performance.now() - start;
  };
  // Taken in turns, and the fastest of each compared: on a busy machine a single timing measures
  // the other processes as much as the hash.
  const decoy: number[] = [];
  const genuine: number[] = [];
  for (let round = 0; round < 4; round++) {
    decoy.push(await time(decoyPasswordHash));
    genuine.push(await time(real));
  }
  expect(Math.min(...decoy)).toBeGreaterThan(Math.min(...genuine) * 0.5);
});
