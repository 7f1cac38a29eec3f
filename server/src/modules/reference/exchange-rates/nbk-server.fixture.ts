import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalNationalBank {
  /** the rates URL with `{date}` where the day goes, as EXCHANGE_RATES_URL takes it */
  ratesUrl: string;
  close(): Promise<void>;
}

/**
 * The National Bank of Kazakhstan played by a server on 127.0.0.1, so tests never reach the
 * internet: `answer` writes the response to the request for one day's rates (`fdate`, DD.MM.YYYY).
 */
export async function localNationalBank(
  answer: (fdate: string, response: http.ServerResponse) => void,
): Promise<LocalNationalBank> {
  const server = http.createServer((request, response) => {
    answer(new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('fdate') ?? '', response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    ratesUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss/get_rates.cfm?fdate={date}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
