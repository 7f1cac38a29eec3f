import type { credentialsRequestFields, UserType } from '@shekara/contracts/accounts';
import type { z } from 'zod';
import type { Queryable } from '../../platform/db/database.ts';
import type { CertificateFacts } from './certificate-repository.ts';
import type { RequestFacts } from './context.ts';

/**
 * The second branch of REG-9: instead of entering with the signature, the applicant asks the
 * territorial body for a login and password (AST-2, AST-6). The request fields of AST-6; the
 * registration route takes them in `credentialsRequest`, and the credentials module files them.
 */
export type CredentialsRequestFields = z.output<typeof credentialsRequestFields>;

export interface CredentialsRequestFiling extends CredentialsRequestFields {
  channel: 'electronic' | 'paper';
  userType: UserType;
  iinBin: string;
  email: string | null;
  /** the applicant's certificate, activated when the request is approved (AST-3); none on paper */
  certificate: CertificateFacts | null;
  /** the officer who registered a paper request */
  registeredByAccountId?: string;
}

export interface FiledCredentialsRequest {
  requestId: string;
  /** the request's number, for the applicant to quote */
  number: string;
  /** the territorial department it went to */
  bodyCode: string;
  /** the last day of the review term (AST-5), YYYY-MM-DD */
  reviewDueOn: string;
}

/** Implemented by the credentials module; the accounts module only hands the request over. */
export interface CredentialsIntake {
  file(
    tx: Queryable,
    at: Date,
    filing: CredentialsRequestFiling,
    facts: RequestFacts,
  ): Promise<FiledCredentialsRequest>;
}
