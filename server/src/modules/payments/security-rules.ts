/**
 * Security for the payment of customs duties and taxes (issue 16 point 1), as dated data: which
 * procedures need it and how its amount is found. EAEU Customs Code (in force from 01.01.2018),
 * art. 268 p. 4 for customs transit: the duties and taxes that would be payable had the goods been
 * released for domestic consumption. The Code lets the Commission set minimum amounts for some
 * goods and transport (`minimum` below); none is entered yet, as none has been checked against the
 * Commission's decisions — see docs/PAYMENTS.md.
 */
export interface SecurityRule {
  validFrom: string;
  validTo: string | null;
  /** the procedure code that needs security */
  procedure: string;
  /** the source of the rule, as the explanation cites it */
  basis: { kk: string; ru: string; en: string };
  /** a floor in euro per kilogram of the goods' mass, where one is set; null where none is */
  minimumEurPerKg: string | null;
}

export const securityRules: readonly SecurityRule[] = [
  {
    validFrom: '2018-01-01',
    validTo: null,
    procedure: '80',
    basis: {
      kk: 'ЕАЭО Кеден кодексінің 268-бабының 4-тармағы',
      ru: 'п. 4 ст. 268 Таможенного кодекса ЕАЭС',
      en: 'EAEU Customs Code, art. 268 p. 4',
    },
    minimumEurPerKg: null,
  },
];

export function securityRuleFor(procedure: string, date: string): SecurityRule | undefined {
  return securityRules.find(
    (rule) => rule.procedure === procedure && rule.validFrom <= date && (rule.validTo === null || rule.validTo >= date),
  );
}
