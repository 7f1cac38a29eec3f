import { defineRoute, routesAt } from '../http.ts';
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

const testSigner = routesAt('/api/v1/dev/test-signer');

/** Registered only outside production, with the test PKI. */
export const devSignerRoutes = {
  keys: testSigner('GET', '/keys', { response: { 200: s.testSignerKeyList } }),
  sign: testSigner('POST', '/sign', { body: s.testSignRequest, response: { 200: s.testSignResponse } }),
};
