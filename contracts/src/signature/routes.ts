import { defineRoute } from '../http.ts';
import * as s from './schemas.ts';

export const signatureRoutes = {
  challenge: defineRoute({ method: 'GET', path: '/api/v1/auth/challenge', response: { 200: s.challengeResponse } }),
  verify: defineRoute({
    method: 'POST',
    path: '/api/v1/signatures/verify',
    body: s.verifyRequest,
    response: { 200: s.verificationResult },
  }),
};

/** Registered only outside production, with the test PKI. */
export const devSignerRoutes = {
  keys: defineRoute({ method: 'GET', path: '/api/v1/dev/test-signer/keys', response: { 200: s.testSignerKeyList } }),
  sign: defineRoute({
    method: 'POST',
    path: '/api/v1/dev/test-signer/sign',
    body: s.testSignRequest,
    response: { 200: s.testSignResponse },
  }),
};
