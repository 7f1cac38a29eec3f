import type { UserType } from '../accounts/user-types.ts';

/**
 * The registers of persons in customs business the customs authority keeps (EAEU Customs Code
 * art. 430): each is named after the user type whose holder must be on it (REG-5). The other user
 * types — own-goods warehouse owner, IP rights holder, foreign-trade participant — need none.
 */
export const operatorRegisters = [
  'customs_representative',
  'customs_carrier',
  'temporary_storage_owner',
  'customs_warehouse_owner',
  'duty_free_shop_owner',
  'free_warehouse_owner',
  'authorized_economic_operator',
] as const satisfies readonly UserType[];

export type OperatorRegister = (typeof operatorRegisters)[number];

/** The register a user of `userType` must be on to register and act as one; null: none needed. */
export function registerOf(userType: UserType | null | undefined): OperatorRegister | null {
  return (operatorRegisters as readonly string[]).includes(userType ?? '') ? (userType as OperatorRegister) : null;
}
