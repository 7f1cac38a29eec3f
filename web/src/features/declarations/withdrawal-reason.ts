import { maxWithdrawalReasonLength } from '@shekara/contracts/declarations/withdrawal';

/** Why the reason for a withdrawal cannot be signed yet, as a catalogue key (declarations.withdraw.problems). */
export type WithdrawalReasonProblem = 'reasonRequired' | 'reasonTooLong';

/**
 * The reason as it is signed and sent: the spaces around it do not count, as the server drops them
 * before building the bytes to sign.
 */
export const withdrawalReason = (text: string) => text.trim();

export function withdrawalReasonProblem(text: string): WithdrawalReasonProblem | null {
  const reason = withdrawalReason(text);
  if (reason.length === 0) return 'reasonRequired';
  if (reason.length > maxWithdrawalReasonLength) return 'reasonTooLong';
  return null;
}
