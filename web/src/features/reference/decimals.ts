/** Decimal strings as the server sends them (amounts, percents, rates), printed for people. */

/** A decimal string without the zeros after its point that say nothing: "15.00" → "15", "1.250" → "1.25". */
export function plainNumber(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/0+$/, '').replace(/\.$/, '') : decimal;
}

/** A decimal string with at least `places` digits after its point, as the National Bank prints tenge: "522.9" → "522.90". */
export function withPlaces(decimal: string, places: number): string {
  const [whole, fraction = ''] = decimal.split('.');
  return fraction.length >= places ? decimal : `${whole}.${fraction.padEnd(places, '0')}`;
}
