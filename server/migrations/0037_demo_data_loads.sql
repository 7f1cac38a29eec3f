-- Which version of the code last loaded each module's bundled demo data (server/src/demo-data.ts):
-- a start whose code is the same skips the row-by-row comparison of data it wrote itself, which
-- was a fifth of a warm start. `shekara demo-data load` still compares and loads every time.
create table demo_data_loads (
  module text primary key,
  code_version text not null,
  loaded_at timestamptz not null default now()
);
