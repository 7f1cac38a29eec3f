import { routesAt } from '../../http.ts';
import { declarationParams } from '../submission/schemas.ts';
import * as s from './schemas.ts';

const declaration = routesAt('/api/v1/declarations/:id', declarationParams);

/** Withdrawal at the declarant's request before release (art. 113): the bytes to sign, then the signed request. */
export const withdrawalRoutes = {
  payload: declaration('POST', '/withdrawal-payload', {
    body: s.withdrawalPayloadRequest,
    response: { 200: s.withdrawalPayloadResponse },
  }),
  withdraw: declaration('POST', '/withdrawal', {
    body: s.withdrawalRequest,
    response: { 201: s.withdrawalResponse },
  }),
};
