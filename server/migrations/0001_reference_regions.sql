-- Regions of Kazakhstan (oblasts and cities of republican significance), keyed by the first two
-- digits of their KATO code. Territorial state revenue bodies and customs offices belong to one.
create table regions (
  code text primary key check (code ~ '^[0-9]{2}$'),
  kind text not null check (kind in ('region', 'city')),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  updated_at timestamptz not null default now()
);
