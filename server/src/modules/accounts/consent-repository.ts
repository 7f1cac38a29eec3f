import type { Queryable } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';

/** One consent to the processing of personal data as given: to which wording, in which language, when, from where. */
export interface GivenConsent {
  version: string;
  language: Language;
  givenAt: Date;
  ip: string | null;
}

/** Whose consent it is: the account registered with it, or the request for a login and password filed with it. */
export type ConsentHolder = { accountId: string } | { credentialsRequestId: string };

export async function insertConsent(db: Queryable, holder: ConsentHolder, consent: GivenConsent): Promise<void> {
  await db.query(
    `insert into personal_data_consents (account_id, credentials_request_id, version, language, given_at, ip)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      'accountId' in holder ? holder.accountId : null,
      'credentialsRequestId' in holder ? holder.credentialsRequestId : null,
      consent.version,
      consent.language,
      consent.givenAt,
      consent.ip,
    ],
  );
}

/**
 * The account's consents, newest first: those given with its registration, and those given with a
 * request for a login and password that a body approved into it.
 */
export async function consentsOfAccount(db: Queryable, accountId: string): Promise<GivenConsent[]> {
  const { rows } = await db.query<GivenConsent>(
    `select version, language, given_at as "givenAt", ip from personal_data_consents
      where account_id = $1
         or credentials_request_id in (select id from credentials_requests where account_id = $1)
      order by given_at desc, id desc`,
    [accountId],
  );
  return rows;
}
