/** The payer's applications about money (ACC-21, ACC-14) in the cabinet. */
export const cabinetApplicationsPath = '/cabinet/payments/applications';
/** The officer's queue of applications about money, and the overdue obligations (WD-16). */
export const officerApplicationsPath = '/officer/payments/applications';
export const officerOverduePath = '/officer/payments/overdue';
