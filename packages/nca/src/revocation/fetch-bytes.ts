/**
 * One bounded HTTP exchange for revocation data: a CA's CRL or OCSP responder is outside our
 * control, so every request has a deadline and every answer a size limit, and nothing but a 200
 * with a body counts.
 */
export interface FetchBytesOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  method?: 'GET' | 'POST';
  body?: Uint8Array;
  contentType?: string;
  accept?: string;
}

export class FetchBytesError extends Error {
  override name = 'FetchBytesError';
}

export async function fetchBytes(url: string, options: FetchBytesOptions): Promise<Uint8Array> {
  if (!/^https?:\/\//i.test(url)) throw new FetchBytesError(`${url} is not an http(s) URL`);
  const headers: Record<string, string> = {};
  if (options.contentType) headers['content-type'] = options.contentType;
  if (options.accept) headers.accept = options.accept;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: options.method ?? 'GET',
      headers,
      signal,
      redirect: 'follow',
      ...(options.body ? { body: new Uint8Array(options.body) } : {}),
    });
  } catch (error) {
    throw new FetchBytesError(
      `${url}: ${signal.aborted ? `no answer within ${options.timeoutMs} ms` : describe(error)}`,
    );
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchBytesError(`${url} answered HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchBytesError(`${url} sends ${declared} bytes, more than the ${options.maxBytes} allowed`);
  }
  return readBounded(response, url, options.maxBytes, signal);
}

async function readBounded(
  response: Response,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  if (!response.body) throw new FetchBytesError(`${url} answered without a body`);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FetchBytesError(`${url} sent more than the ${maxBytes} bytes allowed`);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof FetchBytesError) throw error;
    throw new FetchBytesError(`${url}: ${signal.aborted ? 'the answer did not arrive in time' : describe(error)}`);
  }
  if (total === 0) throw new FetchBytesError(`${url} answered with an empty body`);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici hides the system error (ECONNREFUSED…) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
