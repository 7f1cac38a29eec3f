import { z } from 'zod';
import { languages } from '../i18n/index.ts';
import { registerStanding } from '../registers/schemas.ts';
import { dataReadObjects, dataReadReasons } from './data-reads.ts';
import { userTypes } from './user-types.ts';

// Bounded sizes at the edge: a CMS over a nonce is a few kB; 64 kB leaves room for long chains.
const cmsBase64 = z
  .string()
  .min(16)
  .max(65_536)
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'base64');
const iinBin = z.string().max(32);
const email = z.string().trim().max(254);
const password = z.string().min(1).max(1024);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The fields of a request for a login and password (AST-6), filed online with the registration or typed in from paper. */
/** Consent to the processing of personal data, as a form sends it: optional here, so its absence has its own refusal. */
export const consentGiven = z
  .object({
    version: z.string().min(1).max(40),
    language: z.enum(languages),
  })
  .strict()
  .optional()
  .describe(
    'consent to the processing of personal data: the version of the text agreed to and the language it was shown in (required: REG_CONSENT_REQUIRED without it)',
  );

export const credentialsRequestFields = z
  .object({
    regionCode: z.string().regex(/^\d{2}$/),
    registrationNoticeNumber: z.string().trim().min(1).max(50).optional(),
    identityDocument: z
      .object({ number: z.string().trim().min(1).max(30), issuedOn: isoDate })
      .strict()
      .optional(),
    applicantName: z.string().trim().min(1).max(300).optional(),
    postalAddress: z.string().trim().min(1).max(500).optional(),
    phone: z.string().trim().min(3).max(40).optional(),
  })
  .strict();

export const registrationRequest = z
  .object({
    userType: z.enum(userTypes),
    iinBin,
    email,
    password,
    authMethod: z.enum(['signature', 'credentials']),
    signature: cmsBase64.optional(),
    credentialsRequest: credentialsRequestFields.optional(),
    consent: consentGiven,
  })
  .strict();

/** Registered and waiting for the e-mail to be confirmed, or a request for a login and password filed at a territorial body. */
export const registrationResponse = z.discriminatedUnion('status', [
  z.object({ registrationId: z.string(), status: z.literal('awaiting_email_confirmation') }),
  z.object({
    registrationId: z.string(),
    status: z.literal('credentials_requested'),
    requestNumber: z.string(),
    bodyCode: z.string(),
    reviewDueOn: z.string(),
  }),
]);

export const confirmRequest = z.object({ token: z.string().min(20).max(100) }).strict();
export const confirmResponse = z.object({ accountId: z.string(), status: z.literal('active') });

export const signatureLoginRequest = z.object({ signature: cmsBase64, accountId: z.uuid().optional() }).strict();
export const passwordLoginRequest = z
  .object({
    login: z
      .string()
      .trim()
      .min(1)
      .max(254)
      .describe('The login issued by a customs body, or the IIN/BIN or e-mail of a self-registered account (REG-7)'),
    password,
    signature: cmsBase64.optional(),
    accountId: z.uuid().optional().describe('Which account, when the IIN/BIN or e-mail opens several'),
  })
  .strict();

/** A certificate bound to an account, active or replaced by a reissued one. */
export const certificateView = z.object({
  serialNumber: z.string(),
  issuer: z.string(),
  commonName: z.string().nullable(),
  subjectIin: z.string().nullable(),
  subjectBin: z.string().nullable(),
  algorithm: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  status: z.enum(['active', 'replaced']),
  boundAt: z.string(),
});
export const certificateList = z.object({ certificates: z.array(certificateView) });

/** Whether an account may still work: withdrawn by a territorial body, or switched off. */
export const accessStatuses = ['active', 'suspended', 'revoked', 'disabled'] as const;

/** What names an account wherever it is shown: to its owner, or in an officer's list. */
const accountIdentity = z.object({
  id: z.string(),
  kind: z.enum(['user', 'officer', 'admin']),
  userType: z.enum(userTypes).nullable(),
  iinBin: z.string(),
  login: z.string().nullable(),
  email: z.string(),
});

export const meResponse = accountIdentity.extend({
  phone: z.string().nullable(),
  postalAddress: z.string().nullable(),
  displayName: z.string().nullable(),
  organisation: z.string().nullable(),
  roles: z.array(z.string()),
  officeCode: z.string().nullable(),
  registeringBodyCode: z.string().nullable(),
  workplaces: z.number(),
  accessStatus: z.enum(accessStatuses),
  mustChangePassword: z.boolean(),
  certificates: z.array(certificateView),
  registerEntry: registerStanding
    .nullable()
    .optional()
    .describe(
      "The entry of the register of the user's type it is on today (REG-5); null: none, or its type has no register",
    ),
  session: z.object({
    id: z.string(),
    method: z.enum(['signature', 'password']),
    /** 'password': the external part of the cabinet only; 'signature': the internal module too (ACC-6) */
    level: z.enum(['password', 'signature']),
    createdAt: z.string(),
    expiresAt: z.string(),
    csrfToken: z.string(),
  }),
});

export const contactChangeRequest = z
  .object({
    email: email.optional(),
    phone: z.string().trim().min(3).max(40).nullable().optional(),
    postalAddress: z.string().trim().min(1).max(500).nullable().optional(),
  })
  .strict();

export const passwordChangeRequest = z.object({ currentPassword: password, newPassword: password }).strict();
export const bindCertificateRequest = z.object({ signature: cmsBase64 }).strict();
/** A CMS over a fresh challenge by the account's activated certificate: it raises the session (ACC-6). */
export const proveSessionRequest = z.object({ signature: cmsBase64 }).strict();
export const bindCertificateResponse = z.object({
  serialNumber: z.string(),
  commonName: z.string().nullable(),
  notAfter: z.string(),
  replaced: z.number(),
});

export const sessionView = z.object({
  id: z.string(),
  method: z.enum(['signature', 'password']),
  level: z.enum(['password', 'signature']),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const sessionList = z.object({ workplaces: z.number(), sessions: z.array(sessionView) });

/** The release token a log-in refused with AUTH_WORKPLACE_LIMIT carries in `details.release` (issue 19 point 4). */
const releaseToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const heldSessionsRequest = z.object({ token: releaseToken }).strict();
export const heldSessionList = z.object({
  workplaces: z.number(),
  sessions: z.array(
    z.object({
      id: z.string(),
      method: z.enum(['signature', 'password']),
      device: z.string().nullable().describe('browser and system, from the user agent'),
      createdAt: z.string(),
      lastSeenAt: z.string(),
      ip: z.string().nullable(),
    }),
  ),
});
export const endHeldSessionsRequest = z
  .object({ token: releaseToken, sessionId: z.uuid().optional(), all: z.literal(true).optional() })
  .strict()
  .refine((r) => (r.sessionId === undefined) !== (r.all === undefined), { message: 'either sessionId or all' });
export const endHeldSessionsResponse = z.object({ ended: z.number() });
export const idParam = z.object({ id: z.uuid() });
export const accountSessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() });
export const accountLoginParams = z.object({ id: z.uuid(), loginId: z.uuid() });

export const historyEntry = z.object({
  at: z.string(),
  action: z.string(),
  outcome: z.string(),
  code: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const historyResponse = z.object({ entries: z.array(historyEntry) });

export const accountSummary = accountIdentity.extend({
  displayName: z.string().nullable(),
  organisation: z.string().nullable(),
  status: z.string(),
  accessStatus: z.enum(accessStatuses),
  workplaces: z.number(),
  registeringBodyCode: z.string().nullable(),
  createdAt: z.string(),
});
export const accountSearchQuery = z.object({
  iinBin: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const accountList = z.object({ accounts: z.array(accountSummary) });
/** A Web-declarant login of the account (WD-21, WD-22): bound to a workplace once used, until released. */
export const workplaceLoginView = z.object({
  id: z.string(),
  login: z.string(),
  issuedAt: z.string(),
  mustChangePassword: z.boolean(),
  /** when it was first used at its workplace; null while it is free */
  boundAt: z.string().nullable(),
  releasedAt: z.string().nullable(),
});

export const accountDetail = z.object({
  account: accountSummary,
  certificates: z.array(certificateView),
  logins: z.array(workplaceLoginView),
  sessions: z.array(sessionView),
  history: z.array(historyEntry),
});

/** The consents to the processing of personal data the account has given, newest first. */
export const consentList = z.object({
  consents: z.array(
    z.object({
      version: z.string(),
      language: z.enum(languages),
      givenAt: z.string(),
      text: z.string().nullable().describe('the wording agreed to, in the language it was shown in'),
    }),
  ),
});

const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1);

export const dataReadsQuery = z.object({ page: pageNumber });

/** Who at customs read the user's data, when, what and why (ACC-7), newest first. */
export const dataReadsResponse = z.object({
  page: z.number(),
  pageSize: z.number(),
  more: z.boolean(),
  reads: z.array(
    z.object({
      at: z.string(),
      officeCode: z.string().nullable(),
      officeName: z.string().nullable().describe('the body, in the request’s language'),
      officerName: z.string().nullable(),
      administrator: z.boolean().describe('read by an administrator of the Committee, who belongs to no body'),
      object: z.enum(dataReadObjects),
      objectId: z.string(),
      reason: z.enum(dataReadReasons),
      reasonLabel: z.string(),
    }),
  ),
});
