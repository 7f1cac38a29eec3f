/** The officer's pages of declarations (issue 6 points 7–9) and the administrator's risk profiles. */
export const inboxPath = '/officer/declarations';
/** A registration number holds slashes (OOOOO/DDMMYY/NNNNNNN): it travels as one encoded segment. */
export const declarationPath = (registrationNumber: string) =>
  `/officer/declarations/${encodeURIComponent(registrationNumber)}`;
/** A signed copy beside the one before it (issue 19 point 5); without `copy`, the latest. */
export const comparisonPath = (registrationNumber: string, copy?: number) =>
  `${declarationPath(registrationNumber)}/compare${copy ? `?copy=${copy}` : ''}`;
export const riskProfilesPath = '/admin/risk-profiles';
/** Releases before the goods declaration whose term passed (ACC-17). */
export const overdueReleasesPath = '/officer/overdue-releases';
