import { dataReadReasonLabels } from '@shekara/contracts/accounts';
import { declarationKindNames } from '@shekara/contracts/declarations/documents';
import { declarationActionNames, declarationStatusNames } from '@shekara/contracts/declarations/status';
import { requestStatusNames } from '../../modules/credentials/field-names.ts';
import { namedFieldNames } from '../../modules/declarations/links/named-documents.ts';
import { decisionNames } from '../../modules/declarations/officer/decision-notice.ts';
import { applicationNames } from '../../modules/payments/applications/notices.ts';
import { paymentTypes } from '../../modules/payments/payment-types.ts';
import { preferences } from '../../modules/payments/preferences.ts';
import { receiptOrderStatusNames } from '../../modules/payments/receipt-orders/status-names.ts';
import { accessStatusNames } from '../../modules/web-declarant-access/state-names.ts';
import type { LocalizedText } from '../../platform/i18n/language.ts';

/** The names the server's messages and letters insert — statuses, kinds, actions, payment types — by table. */
export function everyName(): { where: string; name: LocalizedText }[] {
  const tables: Record<string, Record<string, LocalizedText>> = {
    'data-read reason': dataReadReasonLabels,
    'declaration kind': declarationKindNames,
    'declaration status': declarationStatusNames,
    'declaration action': declarationActionNames,
    'decision as mailed': decisionNames,
    'credentials request status': requestStatusNames,
    'field naming an earlier document': namedFieldNames,
    'payments application': applicationNames,
    'receipt order status': receiptOrderStatusNames,
    'access status': accessStatusNames,
    'payment type': Object.fromEntries(Object.entries(paymentTypes).map(([key, type]) => [key, type.name])),
    preference: Object.fromEntries(preferences.map((preference) => [preference.code, preference.name])),
  };
  return Object.entries(tables).flatMap(([table, names]) =>
    Object.entries(names).map(([key, name]) => ({ where: `${table} ${key}`, name })),
  );
}
