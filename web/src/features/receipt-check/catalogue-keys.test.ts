import { declarationKinds } from '@shekara/contracts/declarations/documents';
import { declarationStatuses } from '@shekara/contracts/declarations/status';
import { describeBuiltKeys } from '../../i18n/built-keys.ts';

// The public check names a receipt's kind and status in words, as the declarant's pages do (issue 21 points 1, 5).
describeBuiltKeys('receipt check', [
  ...declarationKinds.map((kind) => `receiptCheck.kinds.${kind}`),
  ...declarationStatuses.map((status) => `receiptCheck.statuses.${status}`),
]);
