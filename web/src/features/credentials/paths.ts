/** The officer's pages of the credentials requests (AST-2..AST-5). */
export const queuePath = '/officer/credentials-requests';
export const paperRequestPath = '/officer/credentials-requests/new';
export const requestPath = (id: string) => `/officer/credentials-requests/${id}`;

/** The applicant's pages: a request without the signature (REG-10) and the link its e-mail sends. */
export const unsignedRequestPath = '/credentials-request';
export const unsignedConfirmPath = '/credentials-request/confirm';
