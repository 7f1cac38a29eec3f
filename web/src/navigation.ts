/**
 * The sections of the public portal still waiting for their pages, in menu order; each key names its
 * text in the catalogues (nav.*). A built section lists itself through its feature's routes.tsx
 * (the reference section: features/reference).
 */
export const publicSections = [
  { key: 'news', path: '/news' },
  { key: 'legal', path: '/legal' },
  { key: 'software', path: '/software' },
  { key: 'training', path: '/training' },
  { key: 'support', path: '/support' },
] as const;

export const loginPath = '/login';

/** The declarant's own pages: registration (REG-5..REG-11), the cabinet, and the password change a one-time password forces. */
export const registerPath = '/register';
export const cabinetPath = '/cabinet';
export const passwordChangePath = '/cabinet/password';

/** The public page that checks an NCA RK signature (CMS or XML). */
export const signatureVerifyPath = '/signatures/verify';

/** Public services shown in the menu after the sections; each key names its text in the catalogues (nav.*). */
export const publicServices = [{ key: 'signatureVerify', path: signatureVerifyPath }] as const;
