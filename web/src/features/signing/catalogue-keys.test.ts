import { signerRoles } from '@shekara/contracts/signature';
import { describeBuiltKeys } from '../../i18n/built-keys.ts';

// A signer's roles and a certificate's revocation are named in words, never by their identifiers (issue 21 point 5).
describeBuiltKeys('signature check', [
  ...signerRoles.map((role) => `signatures.roles.${role}`),
  ...['good', 'revoked', 'unknown', 'not_checked'].map((status) => `signatures.revocation.status.${status}`),
]);
