import { signatureRoutes as routes, verifyBodyLimitBytes } from '@shekara/contracts/signature';
import type { SignatureVerifier } from '@shekara/nca';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { publicAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import { rateLimit } from '../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { type CookieOptions, workplaceOf } from '../../platform/http/workplace-cookie.ts';
import { issueChallenge } from './challenges.ts';
import { SignatureErrors } from './errors.ts';

export interface SignatureRouteOptions {
  db: Database;
  clock: Clock;
  verifier: SignatureVerifier;
  verifyRatePerMinute: number;
  cookies: CookieOptions;
}

export async function signatureRoutes(
  app: ZodApp,
  { db, clock, verifier, verifyRatePerMinute, cookies }: SignatureRouteOptions,
): Promise<void> {
  const route = contractRoutes(app, { tags: ['auth'], access: publicAccess });

  route(routes.challenge, {
    summary: 'A fresh log-in challenge',
    description:
      'A single-use nonce, valid for 5 minutes, to be signed with the NCA authentication key (ACC-6, REG-10).',
    noStore: true,
    handler: async (request, reply) => {
      // The browser's workplace is given before its first log-in, so a log-in whose answer is lost
      // is tried again from the same workplace, replacing the session it made (WD-22).
      workplaceOf(request, reply, cookies);
      const challenge = await issueChallenge(db, clock);
      return { nonce: challenge.nonce, expiresAt: challenge.expiresAt.toISOString() };
    },
  });

  const limit = rateLimit({ name: 'signature.verify', limit: verifyRatePerMinute, windowMs: 60_000, clock, db });
  route(routes.verify, {
    summary: 'Verify an NCA RK signature',
    description:
      'Checks a CMS (CAdES-BES/-T, attached or detached) or an XML document with XMLDSig/XAdES signatures: the signature, the certificate chain to the trusted NCA roots, validity at the time, revocation (OCSP/CRL), the key purpose, and an attached time-stamp. Answers 200 with `valid: false` and a SIG_* code when the signature is not accepted. Public and rate-limited; the body is at most 512 KiB (413 PAYLOAD_TOO_LARGE), an XML document at most 20,000 elements nested 64 deep (SIG_MALFORMED). A document that takes a worker thread too long is refused with 422 DOCUMENT_TOO_COMPLEX; when the threads are busy, 503 SERVER_BUSY with Retry-After.',
    tags: ['signatures'],
    preHandler: limit.check,
    bodyLimit: verifyBodyLimitBytes,
    handler: async (request) => {
      const { cms, data, xml, purpose, at } = request.body;
      const options = { purpose, ...(at ? { at: new Date(at) } : {}) };
      const result =
        cms !== undefined
          ? await verifier.verifyCms(Buffer.from(cms, 'base64'), {
              ...options,
              ...(data !== undefined ? { data: Buffer.from(data, 'base64') } : {}),
            })
          : await verifier.verifyXml(xml!, options);
      return result.code ? { ...result, message: SignatureErrors[result.code]().messageIn(request.language) } : result;
    },
  });
}
