/** The officer's payments pages (ACC-14): find a payer's advance account, and import a bank statement. */
export const advanceAccountsPath = '/officer/payments/advance-accounts';
export const payerAccountPath = (payer: string) => `${advanceAccountsPath}/${payer}`;
export const bankStatementsPath = '/officer/payments/bank-statements';
