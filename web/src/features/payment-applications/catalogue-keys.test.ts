import { applicationKinds, applicationStatuses } from '@shekara/contracts/payments/applications';
import { describeBuiltKeys } from '../../i18n/built-keys.ts';
import type { FormProblem } from './application-form.ts';

const problems: FormProblem[] = [
  'registrationNumber',
  'amount',
  'reason',
  'parts',
  'partDate',
  'partAmount',
  'sum',
  'customsOffice',
  'iban',
  'bic',
];

/** The payment applications pages' keys built from values: kinds, statuses, the form's problems, the filter. */
const builtKeys = [
  ...applicationKinds.map((kind) => `paymentApplications.kinds.${kind}`),
  ...applicationStatuses.map((status) => `paymentApplications.statuses.${status}`),
  ...problems.map((problem) => `paymentApplications.form.problems.${problem}`),
  ...['all', ...applicationKinds].map((kind) => `paymentApplications.officer.filter.${kind}`),
];

describeBuiltKeys('payment applications', builtKeys);
