/**
 * A daily rates file in the National Bank's form, written for the tests (not a copy of theirs):
 * `rates` maps a currency to [rate, units, change].
 */
export function nbkRatesXml(
  date: string,
  rates: Record<string, [rate: string, units: number, change: string]>,
  extraItems = '',
): string {
  const items = Object.entries(rates)
    .map(
      ([currency, [rate, units, change]]) =>
        `<item>\n  <fullname>${currency} (test)</fullname>\n  <title>${currency}</title>\n  <description>${rate}</description>\n  <quant>${units}</quant>\n  <index>${change.startsWith('-') ? 'DOWN' : 'UP'}</index>\n  <change>${change}</change>\n</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rates>
<generator>test</generator>
<title>Official exchange rates (test)</title>
<link>http://127.0.0.1/</link>
<description>Official exchange rates of the tenge (test)</description>
<copyright>test</copyright>
<date>${date}</date>
${items}
${extraItems}
</rates>
`;
}

export const november21 = nbkRatesXml('21.11.2026', {
  USD: ['470.5', 1, '+1.2'],
  EUR: ['512.34', 1, '-0.87'],
  RUB: ['5.84', 1, '+0.02'],
  UZS: ['3.83', 100, '0.00'],
});
