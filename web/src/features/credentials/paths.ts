/** The officer's pages of the credentials requests (AST-2..AST-5). */
export const queuePath = '/officer/credentials-requests';
export const paperRequestPath = '/officer/credentials-requests/new';
export const requestPath = (id: string) => `/officer/credentials-requests/${id}`;
