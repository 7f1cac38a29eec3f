import { dataReadObjects } from '@shekara/contracts/accounts';
import { languages } from '@shekara/contracts/i18n';
import { describeBuiltKeys } from '../../i18n/built-keys.ts';
import { readObjectKey } from './data-reads.ts';
import { passwordProblems } from './password-problems.ts';
import { registrationSteps } from './registration-draft.ts';
import { userTypes } from './user-types.ts';

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
    'consent',
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
  'account.menu.dataReads',
  ...dataReadObjects.map(readObjectKey),
  ...languages.map((language) => `account.consent.languages.${language}`),
];

describeBuiltKeys('account', builtKeys);
