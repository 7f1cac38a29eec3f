import { getJson } from '../../api.ts';

export type VerifyPurpose = 'auth' | 'sign' | 'any';

export type VerifyRequest = { cms: string; data?: string; purpose?: VerifyPurpose } | { xml: string; purpose?: VerifyPurpose };

export const signerRoles = ['individual', 'legal_entity', 'head', 'signer', 'financial_signer', 'hr', 'employee'] as const;
export type SignerRole = (typeof signerRoles)[number];

export interface SignerInfo {
  iin: string;
  bin?: string;
  commonName: string;
  surname?: string;
  organization?: string;
  roles: string[];
  keyPurpose: 'auth' | 'sign';
  algorithm: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  issuer: string;
}

export interface ChainCertificate {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
}

/** The answer of POST /api/v1/signatures/verify; `valid: false` comes with a SIG_* code. */
export interface VerificationResult {
  valid: boolean;
  code?: string;
  message?: string;
  detail?: string;
  signer?: SignerInfo;
  signers?: SignerInfo[];
  chain: ChainCertificate[];
  revocation: { status: string; source: string | null; checkedAt: string | null; revokedAt?: string; reason?: string };
  signingTime?: string;
  timestamp?: { time: string; authority: string; trusted: boolean; serialNumber?: string; policy?: string };
  checkedAt: string;
}

export const verifyPath = '/api/v1/signatures/verify';

export function verifySignature(request: VerifyRequest): Promise<VerificationResult> {
  return getJson<VerificationResult>(verifyPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
}
