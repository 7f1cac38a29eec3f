import { identityDocumentKinds, requestVerifications } from '@shekara/contracts/credentials';
import { describeBuiltKeys } from '../../i18n/built-keys.ts';

/** The credentials pages' keys built from values: how a request's identity is known, and the identity documents' kinds. */
const builtKeys = [
  ...requestVerifications.map((verification) => `credentials.verification.${verification}`),
  ...identityDocumentKinds.map((kind) => `credentials.documentKind.${kind}`),
  'credentials.paperCheck.text',
  'credentials.paperCheck.nonResident',
  'credentials.request.approvedWithNumber',
  'credentials.unsigned.latinName',
  'credentials.unsigned.passportNumber',
];

describeBuiltKeys('credentials', builtKeys);
