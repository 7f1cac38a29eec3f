import type { UserType } from '@shekara/contracts/accounts';

/**
 * The callers of the authorization matrix: every kind of party the system knows, each a real
 * account with a real session (roles-in-use.ts logs them in). The paths of the matrix's requests
 * name objects of `declarant`'s (its documents), of `unconfirmed`'s (its representation
 * contract) and of the Almaty department's (registered declarations, requests, applications,
 * accounts), so every other party is a stranger to them.
 */
interface RoleSpec {
  /** the column of the matrix */
  id: string;
  /** who it is, in the legend */
  name: string;
  kind: 'anonymous' | 'user' | 'officer' | 'admin';
  userType?: UserType;
  /** a user who logged in with a one-time password and has not changed it yet */
  oneTimePassword?: boolean;
  /** the declarant's own account, entered with its password alone: the external part of the cabinet (ACC-6) */
  passwordOnly?: boolean;
  /** an officer of the department the objects belong to (Almaty), or of another (Astana) */
  body?: 'objects' | 'other';
  /** a customs representative that files in the name of a declarant that never confirmed its representation */
  unconfirmedPrincipal?: boolean;
}

export const roles = [
  { id: 'anon', name: 'anonymous: no session', kind: 'anonymous' },
  {
    id: 'decl',
    name: 'the declarant: an individual, foreign-trade participant, whose documents the paths name',
    kind: 'user',
    userType: 'foreign_trade_participant',
  },
  {
    id: 'pwd',
    name: 'the declarant again, logged in with its password alone: the external part of the cabinet',
    kind: 'user',
    userType: 'foreign_trade_participant',
    passwordOnly: true,
  },
  {
    id: 'other',
    name: 'another declarant: a company, foreign-trade participant',
    kind: 'user',
    userType: 'foreign_trade_participant',
  },
  { id: 'rep', name: 'a customs representative (broker)', kind: 'user', userType: 'customs_representative' },
  { id: 'carrier', name: 'a customs carrier', kind: 'user', userType: 'customs_carrier' },
  { id: 'tsw', name: 'a temporary storage warehouse owner', kind: 'user', userType: 'temporary_storage_owner' },
  { id: 'cwh', name: 'a customs warehouse owner', kind: 'user', userType: 'customs_warehouse_owner' },
  { id: 'dfs', name: 'a duty-free shop owner', kind: 'user', userType: 'duty_free_shop_owner' },
  { id: 'fwh', name: 'a free warehouse owner', kind: 'user', userType: 'free_warehouse_owner' },
  { id: 'aeo', name: 'an authorized economic operator', kind: 'user', userType: 'authorized_economic_operator' },
  { id: 'ogw', name: 'an own-goods warehouse owner', kind: 'user', userType: 'own_goods_warehouse_owner' },
  { id: 'ipr', name: 'an intellectual property rights holder', kind: 'user', userType: 'ip_rights_holder' },
  {
    id: 'unconf',
    name: 'a customs representative acting for the declarant, which never confirmed the representation',
    kind: 'user',
    userType: 'customs_representative',
    unconfirmedPrincipal: true,
  },
  {
    id: 'otp',
    name: 'a user who has not yet changed a one-time password',
    kind: 'user',
    userType: 'foreign_trade_participant',
    oneTimePassword: true,
  },
  {
    id: 'officer',
    name: 'an officer of the Almaty department, where the objects are',
    kind: 'officer',
    body: 'objects',
  },
  { id: 'away', name: 'an officer of another department (Astana)', kind: 'officer', body: 'other' },
  { id: 'admin', name: 'an administrator', kind: 'admin' },
] as const satisfies readonly RoleSpec[];

export type RoleId = (typeof roles)[number]['id'];
export type Role = RoleSpec & { id: RoleId };
