/**
 * Every page of the web app whose address the server writes — in an e-mail, a printed letter, a QR
 * code, the news feed, the log — by what the page shows (issue 19 point 6: a decision e-mail once pointed
 * to a page the app did not have). The server writes such addresses only from here, and
 * web-links.test.ts checks each against the web app's route table.
 */
export const webPages = {
  /** the end of a registration: the token e-mailed (registration.ts) */
  registrationConfirm: (token: string) => `/register/confirm?token=${token}`,
  /** where one registers, or asks for a login and password again */
  register: () => '/register',
  login: () => '/login',
  /** the confirmation of a request for a login and password filed without a signature */
  credentialsRequestConfirm: (token: string) => `/credentials-request/confirm?token=${token}`,
  /** the declarant's view of one declaration */
  declaration: (id: string) => `/cabinet/declarations/${id}`,
  /** the declarant's list of decisions on their declarations */
  decisions: () => '/cabinet/declarations/decisions',
  /** the officer's view of a registered declaration */
  officerDeclaration: (registrationNumber: string) => `/officer/declarations/${encodeURIComponent(registrationNumber)}`,
  advanceAccount: () => '/cabinet/advance-account',
  /** the declarant's applications for a deferral, an instalment or a refund */
  paymentApplications: () => '/cabinet/payments/applications',
  receiptOrder: (id: string) => `/cabinet/payments/receipt-orders/${id}`,
  /** the public check of a delivery receipt, as its QR code carries it */
  receiptCheck: (registrationNumber: string, sha256: string) => `/verify/${registrationNumber}?hash=${sha256}`,
  /** the public check of a printed customs receipt order, as its QR code carries it */
  receiptOrderCheck: (number: string, digest: string) =>
    `/verify/receipt-order?${new URLSearchParams({ number, hash: digest })}`,
  news: () => '/news',
  newsItem: (slug: string) => `/news/${slug}`,
  /** where a development server keeps the e-mails it would send (named in its log) */
  devMailbox: () => '/dev/mailbox',
} satisfies Record<string, (...facts: string[]) => string>;

/** A page's address at the system's public address (PUBLIC_URL), with or without its closing slash. */
export function webLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/$/, '')}${path}`;
}
