import { defineRoute, routesAt } from '../../http.ts';
import * as s from './schemas.ts';

/**
 * The bound the browser knows a signature by; the server gives its own route the bound of its
 * configured document size (submitRequest), so validation stays as cheap as one regex and a length.
 */
const signatureChars = 64 * 1024 * 1024;

const declaration = routesAt('/api/v1/declarations/:id', s.declarationParams);

/** Signed submission (WD-10..WD-13) and the public check of a receipt. */
export const submissionRoutes = {
  signingPayload: declaration('GET', '/signing-payload', { response: { 200: s.signingPayloadResponse } }),
  submit: declaration('POST', '/submit', {
    headers: s.submitHeaders,
    body: s.submitRequest(signatureChars),
    response: { 200: s.submitResponse },
  }),
  /** what the declaration owes and what is held for it (issue 16 point 3) */
  payment: declaration('GET', '/payment', { response: { 200: s.paymentStatus } }),
  /** pays it now from the caller's organisation's advance account; a green declaration is then released */
  pay: declaration('POST', '/payment', { response: { 200: s.paymentStatus } }),
  checkReceipt: defineRoute({
    method: 'GET',
    path: '/api/v1/receipts/:office/:date/:serial',
    params: s.receiptParams,
    querystring: s.receiptCheckQuery,
    response: { 200: s.receiptCheckResponse },
  }),
};
