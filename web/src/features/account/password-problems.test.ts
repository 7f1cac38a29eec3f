import { passwordProblem } from '@shekara/contracts/accounts';
import { describe, expect, it } from 'vitest';
import { passwordProblems, weakPasswordHint } from './password-problems.ts';

describe('why a password was refused (REG_PASSWORD_WEAK)', () => {
  it('names the server’s problem when it is one the pages explain', () => {
    expect(weakPasswordHint({ code: 'REG_PASSWORD_WEAK', details: { problem: 'contains_identifier' } })).toBe(
      'account.password.problems.contains_identifier',
    );
    expect(weakPasswordHint({ code: 'REG_PASSWORD_WEAK', details: { problem: 'something new' } })).toBeNull();
    expect(weakPasswordHint({ code: 'REG_PASSWORD_WEAK' })).toBeNull();
    expect(weakPasswordHint({ code: 'REG_EMAIL_INVALID', details: { problem: 'common' } })).toBeNull();
  });

  it('covers what the server’s password check answers', () => {
    const samples: Array<[string, object]> = [
      ['short', {}],
      ['x'.repeat(2000), {}],
      ['password1234', {}],
      ['aaaaaaaaaaaaaaaa', {}],
      ['1234567890123', {}],
      ['my name is aslan.akhmetov ok', { email: 'aslan.akhmetov@example.kz' }],
    ];
    for (const [password, context] of samples) {
      const problem = passwordProblem(password, context);
      expect(problem, password.slice(0, 20)).not.toBeNull();
      expect(passwordProblems).toContain(problem);
    }
  });
});
