/** Who represents the user before customs: every representation naming it (ACC-9). */
export const representationsPath = '/cabinet/representations';
/** An officer's page of representations: search by a party, enter one from a paper contract. */
export const officerRepresentationsPath = '/officer/representations';
