/** The profile: contact data and certificates (ACC-23, AST-8). The other account paths are in navigation.ts. */
export const profilePath = '/cabinet/profile';
export const confirmPath = '/register/confirm';
/** Who at customs read the user's data (ACC-7). */
export const dataReadsPath = '/cabinet/data-reads';
