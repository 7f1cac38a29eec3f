/** Who represents the user before customs: every representation naming it (ACC-9). */
export const representationsPath = '/cabinet/representations';
