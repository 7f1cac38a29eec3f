/** The pages of the Web-declarant access procedure (WD-17..WD-30). */
export const applyPath = '/web-declarant/apply';
export const queuePath = '/officer/web-declarant/applications';
export const paperApplicationPath = '/officer/web-declarant/applications/new';
export const applicationPath = (id: string) => `/officer/web-declarant/applications/${id}`;
export const journalPath = '/officer/web-declarant/journal';
export const accountsPath = '/officer/web-declarant/accounts';
export const accountAccessPath = (id: string) => `/officer/accounts/${id}/access`;

/** The blank Annex 1 form, printed by the server in the reader's language. */
export const blankFormUrl = (language: string) => `/api/v1/web-declarant/application-form.pdf?lang=${language}`;
