/**
 * Sections of the public portal still waiting for their pages, in menu order, each shown by a
 * placeholder; each key names its text in the catalogues (nav.*). Every section is built now and
 * lists itself through its feature's routes.tsx (reference: features/reference; news, legal
 * information, software, training and support: features/portal).
 */
export const publicSections: readonly { key: string; path: string }[] = [];

export const loginPath = '/login';

/** The declarant's own pages: registration (REG-5..REG-11), the cabinet, and the password change a one-time password forces. */
export const registerPath = '/register';
export const cabinetPath = '/cabinet';
export const passwordChangePath = '/cabinet/password';

/** The public page that checks an NCA RK signature (CMS or XML). */
export const signatureVerifyPath = '/signatures/verify';

/** Public services shown in the menu after the sections; each key names its text in the catalogues (nav.*). */
export const publicServices = [{ key: 'signatureVerify', path: signatureVerifyPath }] as const;
