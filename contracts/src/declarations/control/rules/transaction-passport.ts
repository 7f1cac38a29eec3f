import type { TransactionPassport } from '../../documents/transaction-passport.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, say } from './define.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/** The transaction passport of a foreign trade contract (currency control). */
const endAfterStart: Rule<TransactionPassport> = {
  id: 'transaction_passport.contract-end-after-date',
  severity: 'error',
  kinds: ['transaction_passport'],
  message: say(
    'Келісімшарттың аяқталу күні ({end}) оның күнінен ({date}) ерте болмауы керек.',
    'Дата окончания контракта ({end}) не может быть раньше его даты ({date}).',
    'The contract end date ({end}) cannot be before its date ({date}).',
  ),
  *check(d): Iterable<Hit> {
    const { date, endDate } = d.contract ?? {};
    if (!isBlank(date) && !isBlank(endDate) && endDate! < date!)
      yield { path: 'contract.endDate', params: { end: endDate!, date: date! } };
  },
};

export const transactionPassportSpec: KindSpec = {
  kind: 'transaction_passport',
  required: [
    'resident.iinBin',
    'resident.name',
    'nonResident.name',
    'nonResident.address.countryCode',
    'contract.number',
    'contract.date',
    'contract.direction',
    'currencyCode',
    'amount',
    'bank.bic',
    'filler.name',
    'filler.date',
  ],
  declarant: 'resident.iinBin',
  codes: { countries: ['nonResident.address.countryCode'], currencies: ['currencyCode', 'paymentCurrencyCode'] },
  dates: ['contract.date', 'contract.endDate'],
  hsCodes: [],
  offices: [],
};

export const transactionPassportRules: readonly Rule[] = [...kindRules(transactionPassportSpec), endAfterStart as Rule];
