import { z } from 'zod';

export const challengeResponse = z
  .object({
    nonce: z.base64().describe('32 random bytes, base64: sign exactly these bytes (CMS, NCA auth key) to log in'),
    expiresAt: z.iso
      .datetime()
      .describe('The challenge is refused after this moment (5 minutes) and after its first use'),
  })
  .meta({ id: 'AuthChallenge' });

/**
 * The public verify endpoint's largest request. A signed document pasted there is small: the
 * real XAdES documents NCALayer makes are 4–7 KB, a transit declaration in ESADout_CU 8–22 KB with
 * one item and 2–8 KB more an item, a log-in or application CMS a few KB. Half a megabyte leaves
 * room for a transit declaration of some 60–150 items in XML, or a CMS over 380 KB of content (a
 * goods declaration of about 480 items); the server checks larger signatures where they are
 * submitted, not here.
 */
export const verifyBodyLimitBytes = 512 * 1024;
const maxBase64 = verifyBodyLimitBytes;

export const verifyRequest = z
  .object({
    cms: z
      .base64()
      .max(maxBase64)
      .optional()
      .describe('CMS SignedData (CAdES), DER in base64: attached, or detached with `data`'),
    data: z.base64().max(maxBase64).optional().describe('The signed content of a detached CMS, base64'),
    xml: z.string().max(maxBase64).optional().describe('An XML document with enveloped XMLDSig / XAdES signatures'),
    purpose: z
      .enum(['auth', 'sign', 'any'])
      .default('any')
      .describe('Demand an authentication key (log-in) or a signing key (documents); `any` only reports which it is'),
    at: z.iso.datetime({ offset: true }).optional().describe('Judge the certificates at this moment instead of now'),
  })
  .refine((body) => (body.cms === undefined) !== (body.xml === undefined), {
    message: 'give exactly one of cms and xml',
    path: ['cms'],
  })
  .refine((body) => body.data === undefined || body.cms !== undefined, {
    message: 'data goes with a detached cms',
    path: ['data'],
  })
  .meta({ id: 'SignatureVerifyRequest' });

/** What a certificate says its holder may do (NCA RK policy identifiers). */
export const signerRoles = [
  'individual',
  'legal_entity',
  'head',
  'signer',
  'financial_signer',
  'hr',
  'employee',
] as const;

const signer = z.object({
  iin: z.string(),
  bin: z.string().optional(),
  commonName: z.string(),
  surname: z.string().optional(),
  organization: z.string().optional(),
  roles: z.array(z.enum(signerRoles)),
  keyPurpose: z.enum(['auth', 'sign']),
  algorithm: z.enum(['RSA', 'GOST2004', 'GOST2015-512', 'GOST2015-256']),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  issuer: z.string(),
});

export const verificationResult = z
  .object({
    valid: z.boolean(),
    code: z.string().optional().describe('Why the signature is not accepted: one of the SIG_* codes'),
    message: z.string().optional().describe('The code explained in the request’s language'),
    detail: z.string().optional().describe('A technical explanation, in English, for support'),
    signer: signer.optional(),
    signers: z.array(signer).optional(),
    chain: z.array(
      z.object({
        subject: z.string(),
        issuer: z.string(),
        serialNumber: z.string(),
        notBefore: z.string(),
        notAfter: z.string(),
      }),
    ),
    revocation: z.object({
      status: z.enum(['good', 'revoked', 'unknown', 'not_checked']),
      source: z.enum(['ocsp', 'crl']).nullable(),
      checkedAt: z.string().nullable(),
      revokedAt: z.string().optional(),
      reason: z.string().optional(),
    }),
    signingTime: z.string().optional(),
    timestamp: z
      .object({
        time: z.string(),
        policy: z.string(),
        serialNumber: z.string(),
        authority: z.string(),
        trusted: z.boolean(),
      })
      .optional(),
    checkedAt: z.string(),
  })
  .meta({ id: 'SignatureVerification' });

/** The development test signer (issue 3 point 11): the project's test keys, to sign without NCALayer. */
export const testSignerKeyList = z
  .object({
    keys: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        algorithm: z.enum(['RSA', 'GOST2004', 'GOST2015-512']),
        keyPurpose: z.enum(['auth', 'sign']),
        iin: z.string(),
        bin: z.string().optional(),
        commonName: z.string(),
        organization: z.string().optional(),
        roles: z.array(z.string()),
        status: z.enum(['good', 'expired', 'revoked']),
      }),
    ),
  })
  .meta({ id: 'TestSignerKeys' });

export const testSignRequest = z
  .object({
    keyId: z.string().max(100),
    format: z.enum(['cms', 'xml']),
    data: z.base64().max(2_000_000).optional(),
    detached: z.boolean().default(false),
    xml: z.string().max(2_000_000).optional(),
  })
  .refine((body) => (body.format === 'cms' ? body.data !== undefined : body.xml !== undefined), {
    message: 'cms needs data, xml needs xml',
    path: ['data'],
  })
  .meta({ id: 'TestSignerRequest' });

export const testSignResponse = z
  .object({ cms: z.base64().optional(), xml: z.string().optional() })
  .meta({ id: 'TestSignerSignature' });
