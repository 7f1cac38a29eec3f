-- The passenger customs declaration (EEC Commission Decision No. 287): a kind of document an
-- individual files for goods for personal use, assessed at the unified rate like goods declarations.
alter table declarations drop constraint declarations_kind_check;
alter table declarations add constraint declarations_kind_check check (kind in ('goods', 'transit', 'vehicle',
  'preliminary', 'release_before_declaration', 'temporary_vehicle', 'customs_value_1', 'customs_value_2',
  'delivery_control', 'transaction_passport', 'passenger'));
