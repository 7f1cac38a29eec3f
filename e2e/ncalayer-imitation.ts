import type { Page, WebSocketRoute } from 'playwright-core';

/*
 * NCALayer as a page sees it, without NCALayer: the page's socket to wss://127.0.0.1:13579 is
 * answered here, in NCALayer's own message shapes — its version on connection, commonUtils as
 * {code, message, responseObject}, kz.gov.pki.knca.basics as {status, body: {result}}. The
 * signature itself is made by the development server's test signer with the key the test names,
 * so the server can check it as it checks any other.
 */
export interface NcaLayerImitation {
  /** what the page asked, in order */
  requests: { module: string; method: string; args?: unknown }[];
}

interface ImitationOptions {
  serverUrl: string;
  /** the tokens getActiveTokens reports, or 'broken': an answer without code and message */
  tokens: string[] | 'broken';
  /** the test signer's key that signs */
  keyId: string;
}

export async function imitateNcaLayer(page: Page, options: ImitationOptions): Promise<NcaLayerImitation> {
  const imitation: NcaLayerImitation = { requests: [] };
  await page.routeWebSocket('wss://127.0.0.1:13579', (socket: WebSocketRoute) => {
    socket.onMessage(async (message) => {
      const request = JSON.parse(String(message)) as NcaLayerImitation['requests'][number];
      imitation.requests.push(request);
      socket.send(JSON.stringify(await answer(request, options)));
    });
    socket.send(JSON.stringify({ result: { version: '1.4' } }));
  });
  return imitation;
}

async function answer(
  request: NcaLayerImitation['requests'][number],
  options: ImitationOptions,
): Promise<Record<string, unknown>> {
  if (request.module === 'kz.gov.pki.knca.commonUtils' && request.method === 'getActiveTokens')
    return options.tokens === 'broken'
      ? { errorCode: 'WRONG_STATE' }
      : { code: '200', message: '', responseObject: options.tokens };
  if (request.module === 'kz.gov.pki.knca.basics' && request.method === 'sign') {
    const args = request.args as { format: string; data: string; signingParams: { encapsulate?: boolean } };
    const body =
      args.format === 'cms'
        ? { keyId: options.keyId, format: 'cms', data: args.data, detached: args.signingParams.encapsulate !== true }
        : { keyId: options.keyId, format: 'xml', xml: args.data };
    const signed = await fetch(`${options.serverUrl}/api/v1/dev/test-signer/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const { cms, xml } = (await signed.json()) as { cms?: string; xml?: string };
    return { status: true, body: { result: [cms ?? xml] } };
  }
  // What NCALayer answers to a module it does not have.
  return { code: '500', message: `module ${request.module} is not available` };
}
