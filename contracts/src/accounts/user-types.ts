/** The ten types of registered user (REG-5). */
export const userTypes = [
  'customs_representative',
  'customs_carrier',
  'temporary_storage_owner',
  'customs_warehouse_owner',
  'duty_free_shop_owner',
  'free_warehouse_owner',
  'authorized_economic_operator',
  'own_goods_warehouse_owner',
  'ip_rights_holder',
  'foreign_trade_participant',
] as const;

export type UserType = (typeof userTypes)[number];

export type AccountKind = 'user' | 'officer' | 'admin';
