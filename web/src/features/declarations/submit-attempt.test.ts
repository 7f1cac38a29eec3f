import { describe, expect, it } from 'vitest';
import { answerMayHaveBeenLost, attemptToRetry, newIdempotencyKey } from './submit-attempt.ts';

// what api.ts's ApiError carries: the answer's HTTP status
const answered = (status: number) => Object.assign(new Error('refused'), { status });

describe('the idempotency key of a submission (issue 6 point 5)', () => {
  it('is new and valid for each attempt (1–200 visible characters)', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('is kept for a retry when the answer may have been lost, and dropped after a definite refusal', () => {
    expect(answerMayHaveBeenLost(new TypeError('Failed to fetch'))).toBe(true);
    expect(answerMayHaveBeenLost(answered(503))).toBe(true);
    expect(answerMayHaveBeenLost(answered(422))).toBe(false);
    expect(answerMayHaveBeenLost(answered(400))).toBe(false);
  });

  it('retries an attempt only for the same customs office', () => {
    const attempt = { idempotencyKey: 'k', customsOffice: '75000', signature: 's' };
    expect(attemptToRetry(attempt, '75000')).toBe(attempt);
    expect(attemptToRetry(attempt, '75001')).toBeNull();
    expect(attemptToRetry(null, '75000')).toBeNull();
  });
});
