import type { KindLayout } from '../layout.ts';

/** The transaction passport: its number, the parties, the contract and its sums, the bank. */
export const transactionPassportLayout: KindLayout = {
  sections: [
    { id: 'passport', fields: ['passportNumber', 'resident', 'nonResident'] },
    { id: 'contract', fields: ['contract', 'currencyCode', 'amount', 'paymentCurrencyCode'] },
    { id: 'bank', fields: ['bank'] },
    { id: 'filler', fields: ['filler'] },
  ],
  nested: {
    contract: ['number', 'date', 'direction', 'endDate', 'subject'],
    bank: ['bic', 'name'],
  },
};
