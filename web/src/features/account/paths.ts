/** The profile: contact data and certificates (ACC-23, AST-8). The other account paths are in navigation.ts. */
export const profilePath = '/cabinet/profile';
export const confirmPath = '/register/confirm';
