/** An account as its registering body's officer sees it: data, certificates, sessions, every change (AST-8). */
export const officerAccountPath = (id: string) => `/officer/accounts/${id}`;
