import { maxRatesXmlLength, nbkDate } from './nbk-rates-xml.ts';

export class RatesFetchFailed extends Error {
  override readonly name = 'RatesFetchFailed';
}

/** The URL of one day's rates: `{date}` in the configured template becomes DD.MM.YYYY. */
export function ratesUrl(template: string, isoDate: string): string {
  return template.replaceAll('{date}', nbkDate(isoDate));
}

/**
 * Fetches one day's rates XML. The National Bank answers in UTF-8; a slow or oversized answer is
 * a failure, not a hang.
 */
export async function fetchNbkRates(url: string, timeoutMs = 30_000): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/xml, text/xml' },
    });
  } catch (error) {
    throw new RatesFetchFailed(`could not fetch ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) throw new RatesFetchFailed(`${url} answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxRatesXmlLength)
    throw new RatesFetchFailed(`${url} sent ${declared} bytes, more than a day's rates`);
  const text = await response.text();
  if (text.length > maxRatesXmlLength) throw new RatesFetchFailed(`${url} sent more than a day's rates`);
  return text;
}
