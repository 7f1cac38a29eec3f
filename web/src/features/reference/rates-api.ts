/** A duty rate as the tariffs module gives it (issue 5 point 2): the parsed form and the text it came from. */
export interface Rate {
  kind: 'ad_valorem' | 'specific' | 'combined' | 'free';
  percent: string | null;
  amount: string | null;
  currency: string | null;
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
