/**
 * One attempt to submit: the idempotency key and the signed request it was made for. A retry
 * after an answer that never came (network failure, a 5xx) resends this very request under the
 * same key, so the server answers with the registration it already made instead of a second one;
 * a definite refusal (4xx) ends the attempt, and the next try signs anew under a new key.
 */
export interface SubmitAttempt {
  idempotencyKey: string;
  customsOffice: string;
  signature: string;
}

/** 128 random bits as hex: works on plain HTTP too, where crypto.randomUUID is not offered. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a failed submission may have been registered all the same, so it must be retried under its key. */
export function answerMayHaveBeenLost(error: unknown): boolean {
  // an answer with a status (ApiError) was received; anything else (a failed fetch) may have lost it
  const status =
    error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number'
      ? error.status
      : null;
  return status === null || status >= 500 || status === 408 || status === 429;
}

/** The attempt to retry for this office, or null when a new one (new signature, new key) is needed. */
export function attemptToRetry(previous: SubmitAttempt | null, customsOffice: string): SubmitAttempt | null {
  return previous && previous.customsOffice === customsOffice ? previous : null;
}
