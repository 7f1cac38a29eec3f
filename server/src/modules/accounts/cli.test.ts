import { validIin } from '@shekara/nca/test-pki';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../testing/cli.ts';

/** `shekara users create-officer | create-admin` (issue 4 point 14), run as an operator runs it. */
const cli = cliWorkspace('users-cli');
const { shekara } = cli;
afterAll(() => cli.remove());

describe('shekara users', { timeout: 300_000 }, () => {
  it('creates an officer of a customs body and an administrator, and refuses bad input with exit code 2', async () => {
    const officerIin = validIin('1980-04-04', 3, 41);
    const officer = await shekara(
      'users',
      'create-officer',
      '--office',
      '75000',
      '--iin',
      officerIin,
      '--email',
      'officer@example.kz',
      '--name',
      'Officer One',
    );
    expect(officer.code, officer.stderr).toBe(0);
    expect(officer.stdout).toMatch(new RegExp(`created officer [0-9a-f-]{36} \\(IIN ${officerIin}, body 75000\\)`));

    const admin = await shekara(
      'users',
      'create-admin',
      '--iin',
      validIin('1977-07-07', 4, 42),
      '--email',
      'admin@example.kz',
    );
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toMatch(/^created admin /);

    const badBody = await shekara(
      'users',
      'create-officer',
      '--office',
      '99999',
      '--iin',
      officerIin,
      '--email',
      'officer@example.kz',
    );
    expect(badBody.code).toBe(2);
    expect(badBody.stderr).toContain('there is no customs body 99999');
    const badIin = await shekara('users', 'create-admin', '--iin', '123456789012', '--email', 'admin@example.kz');
    expect(badIin.code).toBe(2);
    expect(badIin.stderr).toContain('not a valid IIN');
  });
});
