import { verifyBodyLimitBytes } from '@shekara/contracts/signature';
import { createCms, signRaw, signXml } from '@shekara/nca';
import type { TestHolder } from '@shekara/nca/test-pki';
import { signedXmlLimits } from '../modules/signature/setup.ts';

/**
 * The heaviest signatures the public verify endpoint accepts, and some it refuses, for the test
 * and the benchmark of verification under load: a signed XML document with as many elements as
 * the limits allow in as many bytes as the body may have, and an attached CMS as large.
 */

/** The JSON body of POST /api/v1/signatures/verify for a document. */
export function verifyBody(signature: { xml: string } | { cms: Uint8Array }): string {
  return 'xml' in signature
    ? JSON.stringify({ xml: signature.xml, purpose: 'sign' })
    : JSON.stringify({ cms: Buffer.from(signature.cms).toString('base64'), purpose: 'sign' });
}

/**
 * A signed document whose verify body is about `bodyBytes` long, with `elements` elements (the
 * signature's own included), each item carrying an attribute and text as a declaration's would.
 */
export function signedXmlOf(
  holder: TestHolder,
  bodyBytes: number,
  elements = signedXmlLimits.maxElements,
): { xml: string } {
  const signatureElements = 16;
  const items = elements - signatureElements - 1;
  const signatureBytes = 3_000;
  const perItem = Math.floor((bodyBytes - signatureBytes) / items);
  const markup = `<i n=''></i>`.length + String(items).length;
  const filler = 'x'.repeat(Math.max(1, perItem - markup));
  const body = Array.from({ length: items }, (_, index) => `<i n='${index}'>${filler}</i>`).join('');
  const xml = signXml(`<declaration xmlns='urn:shekara:load'>${body}</declaration>`, {
    certificate: holder.certificate,
    algorithm: holder.algorithm,
    sign: (bytes) => signRaw(holder.key, bytes),
  });
  return { xml };
}

/** An attached CMS whose verify body is about `bodyBytes` long. */
export function signedCmsOf(holder: TestHolder, bodyBytes: number): { cms: Uint8Array } {
  const contentBytes = Math.floor(((bodyBytes - 4_000) * 3) / 4);
  const content = Buffer.alloc(contentBytes, 'декларация ');
  return {
    cms: createCms({
      content,
      detached: false,
      certificate: holder.certificate,
      algorithm: holder.algorithm,
      sign: (bytes) => signRaw(holder.key, bytes),
      signingTime: new Date(),
    }),
  };
}

/** The largest body the endpoint takes, less a margin for the JSON around the document. */
export const largestVerifyBody = verifyBodyLimitBytes - 2_048;
