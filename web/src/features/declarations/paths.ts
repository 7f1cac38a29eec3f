/** The declarant's pages of electronic declarations (issue 6 point 14). */
export const declarationsPath = '/cabinet/declarations';
export const decisionsPath = '/cabinet/declarations/decisions';
/** Declarations made by other software, uploaded as XML (WD-7). */
export const importPath = '/cabinet/declarations/import';
export const declarationPath = (id: string) => `/cabinet/declarations/${id}`;
export const editorPath = (id: string) => `/cabinet/declarations/${id}/edit`;
export const submitPath = (id: string) => `/cabinet/declarations/${id}/submit`;
export const receiptPath = (id: string) => `/cabinet/declarations/${id}/receipt`;
/** The public check of a delivery receipt by its number (WD-14). */
export const verifyPath = (registrationNumber: string) =>
  `/verify/${registrationNumber.split('/').map(encodeURIComponent).join('/')}`;
