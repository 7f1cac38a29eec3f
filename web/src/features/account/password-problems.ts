/** What the server found wrong with a password (REG_PASSWORD_WEAK's `details.problem`). */
export const passwordProblems = [
  'too_short',
  'too_long',
  'common',
  'repetitive',
  'sequential',
  'contains_identifier',
  'unchanged',
] as const;

/**
 * The catalogue key that says why the server refused a password, beyond its general message; null
 * for any other error. The e-mail is entered after the password, so "contains your e-mail name"
 * can only be told by the server, at the end.
 */
export function weakPasswordHint(error: { code: string; details?: unknown }): string | null {
  if (error.code !== 'REG_PASSWORD_WEAK') return null;
  const problem = (error.details as { problem?: unknown } | undefined)?.problem;
  return (passwordProblems as readonly unknown[]).includes(problem)
    ? `account.password.problems.${problem as string}`
    : null;
}
