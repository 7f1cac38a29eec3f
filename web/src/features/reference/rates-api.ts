/** A duty rate as the tariffs module gives it (issue 5 point 2): the parsed form and the text it came from. */
export interface Rate {
  /** combined: the larger of the percent and the amount per unit; ad_valorem_plus_specific: their sum */
  kind: 'ad_valorem' | 'specific' | 'combined' | 'ad_valorem_plus_specific' | 'free';
  percent: string | null;
  amount: string | null;
  currency: string | null;
  /** the unit of the amount: its code in the EAEU classifier of units of measure (166 kg, 715 pair…) */
  unit: string | null;
  text: string;
  validFrom: string;
  validTo: string | null;
  /** the country of origin the rate is limited to (anti-dumping and the like), or null for every origin */
  origin: string | null;
}

/** Every rate that applies to one code on one date. */
export interface RatesAtDate {
  date: string;
  importDuty: Rate | null;
  excise: Rate[];
  antiDumping: Rate[];
  countervailing: Rate[];
  special: Rate[];
  vat: { percent: string; validFrom: string } | null;
}
