import { defineRoute } from '../../http.ts';
import * as s from './schemas.ts';

/**
 * The bound the browser knows a signature by; the server gives its own route the bound of its
 * configured document size (submitRequest), so validation stays as cheap as one regex and a length.
 */
const signatureChars = 64 * 1024 * 1024;

/** Signed submission (WD-10..WD-13) and the public check of a receipt. */
export const submissionRoutes = {
  signingPayload: defineRoute({
    method: 'GET',
    path: '/api/v1/declarations/:id/signing-payload',
    params: s.declarationParams,
    response: { 200: s.signingPayloadResponse },
  }),
  submit: defineRoute({
    method: 'POST',
    path: '/api/v1/declarations/:id/submit',
    params: s.declarationParams,
    headers: s.submitHeaders,
    body: s.submitRequest(signatureChars),
    response: { 200: s.submitResponse },
  }),
  checkReceipt: defineRoute({
    method: 'GET',
    path: '/api/v1/receipts/:office/:date/:serial',
    params: s.receiptParams,
    querystring: s.receiptCheckQuery,
    response: { 200: s.receiptCheckResponse },
  }),
};
