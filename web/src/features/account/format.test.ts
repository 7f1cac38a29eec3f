import { describe, expect, it } from 'vitest';
import { actionKey, formatDay, formatInstant } from './format.ts';

describe('dates on the account pages', () => {
  it('are written DD.MM.YYYY in Almaty time (UTC+5)', () => {
    expect(formatInstant('2026-11-22T15:44:00.000Z')).toBe('22.11.2026 20:44');
    expect(formatDay('2026-12-31T20:00:00.000Z')).toBe('01.01.2027');
  });

  it('name audit actions by catalogue keys without nesting dots', () => {
    expect(actionKey('auth.session.end')).toBe('account.history.actions.auth_session_end');
  });
});
