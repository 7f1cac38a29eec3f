-- Customs bodies: each region's Department of State Revenue (the territorial body that reviews
-- credential requests and keeps the Web-declarant journal) and the customs offices, posts and
-- border checkpoints under it. Codes are the 5-digit customs codes of box A of a declaration.
create table customs_bodies (
  code text primary key check (code ~ '^[0-9]{5}$'),
  kind text not null check (kind in ('territorial_department', 'customs_office', 'customs_post', 'border_checkpoint')),
  region_code text not null references regions (code),
  parent_code text references customs_bodies (code),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  address text not null,
  email text,
  valid_from date not null,
  valid_to date,
  updated_at timestamptz not null default now(),
  -- a department heads its region; every other body sits under one
  check ((kind = 'territorial_department') = (parent_code is null)),
  check (parent_code is distinct from code),
  check (valid_to is null or valid_to >= valid_from)
);
create index customs_bodies_region on customs_bodies (region_code, kind);
create index customs_bodies_parent on customs_bodies (parent_code) where parent_code is not null;
-- one current department per region
create unique index customs_bodies_current_department on customs_bodies (region_code)
  where kind = 'territorial_department' and valid_to is null;

-- Exceptions to the Monday-to-Friday week: public holidays, days off carried over or moved by
-- the Government, and weekend days made working by such a move. Terms counted in working days
-- (AST-4, AST-5) read this table; a day not in it is working unless it is a Saturday or Sunday.
create table calendar_days (
  day date primary key,
  kind text not null check (kind in ('holiday', 'day_off', 'working_day')),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  updated_at timestamptz not null default now()
);
