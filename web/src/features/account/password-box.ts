/**
 * What every password box states: which password it is, for the browser's password manager, and
 * room for a long pass phrase (the server refuses beyond 1024 characters).
 */
export function passwordBox(autoComplete: 'current-password' | 'new-password') {
  return { autoComplete, maxLength: 1024 };
}
