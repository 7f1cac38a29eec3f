const historyActions = new Map([
  ['credentials_request.file', 'file'],
  ['registration.credentials_request', 'registration'],
  ['credentials_request.approve', 'approve'],
  ['credentials_request.reject', 'reject'],
  ['credentials_request.letter.print', 'letterPrint'],
  ['credentials_request.notice_sent', 'noticeSent'],
]);

/** The catalogue key naming an action of a request's history, or null for one the page does not know. */
export function historyActionKey(action: string): string | null {
  const key = historyActions.get(action);
  return key ? `credentials.history.${key}` : null;
}

/** The request's optional fields left out when empty, as the server wants them (it refuses empty strings). */
export function trimmedOrUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
