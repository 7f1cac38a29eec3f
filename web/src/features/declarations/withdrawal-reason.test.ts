import { maxWithdrawalReasonLength } from '@shekara/contracts/declarations/withdrawal';
import { describe, expect, it } from 'vitest';
import { withdrawalReason, withdrawalReasonProblem } from './withdrawal-reason.ts';

describe('the reason for a withdrawal at the declarant’s request', () => {
  it('is required, its surrounding spaces not counting', () => {
    expect(withdrawalReasonProblem('')).toBe('reasonRequired');
    expect(withdrawalReasonProblem(' \n\t ')).toBe('reasonRequired');
    expect(withdrawalReason('  Товар продан  ')).toBe('Товар продан');
    expect(withdrawalReasonProblem('  Товар продан  ')).toBeNull();
  });

  it('is at most as long as the server takes', () => {
    expect(withdrawalReasonProblem('ж'.repeat(maxWithdrawalReasonLength))).toBeNull();
    expect(withdrawalReasonProblem('ж'.repeat(maxWithdrawalReasonLength + 1))).toBe('reasonTooLong');
  });
});
