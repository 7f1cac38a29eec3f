import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogues } from '../../i18n/catalogues.ts';
import { passwordProblems } from './password-problems.ts';
import { registrationSteps } from './registration-draft.ts';
import { userTypes } from './user-types.ts';

function has(catalogue: Catalogue, key: string): boolean {
  let node: Catalogue | string | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
}

// Keys the pages build from values (user types, steps, statuses), which the literal-key check cannot see.
const builtKeys = [
  ...userTypes.flatMap((type) => [`account.userTypes.${type}.name`, `account.userTypes.${type}.about`]),
  ...registrationSteps.map((step) => `account.register.steps.${step}`),
  ...[
    'userType',
    'iinBinIncomplete',
    'iinBin_format',
    'iinBin_check_digit',
    'iinBin_structure',
    'passwordShort',
    'passwordMismatch',
    'passwordHasIinBin',
    'email',
    'region',
    'registrationDocument',
    'applicantName',
  ].map((problem) => `account.register.problems.${problem}`),
  'account.register.iinBin.iin',
  'account.register.iinBin.bin',
  ...['signature', 'credentials'].flatMap((method) => [
    `account.register.method.${method}.name`,
    `account.register.method.${method}.about`,
  ]),
  ...['locked', 'workplaces', 'access', 'disabled', 'certificate'].map((advice) => `account.login.advice.${advice}`),
  ...['active', 'suspended', 'revoked', 'disabled'].map((status) => `account.cabinet.access.${status}`),
  ...['signature', 'password'].map((method) => `account.sessions.method.${method}`),
  ...['active', 'replaced'].map((status) => `account.profile.certificates.status.${status}`),
  ...['success', 'refused', 'failure'].map((outcome) => `account.history.outcomes.${outcome}`),
  ...['user', 'officer', 'admin'].map((kind) => `session.kinds.${kind}`),
  ...['cabinet', 'officer', 'admin'].map((area) => `session.areas.${area}`),
  ...passwordProblems.map((problem) => `account.password.problems.${problem}`),
  'account.menu.cabinet',
  'account.menu.profile',
];

describe('the account pages’ built catalogue keys', () => {
  it('exist in kk, ru and en', () => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      for (const key of builtKeys) expect(has(catalogues[language], key), `${language}:${key}`).toBe(true);
    }
  });
});
