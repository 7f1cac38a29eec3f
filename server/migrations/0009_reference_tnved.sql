-- The TN VED EAEU nomenclature (issue 5 point 1) as dated versions: each row is one node as it
-- stood from valid_from to valid_to (NULL = still in force), so a declaration is checked against
-- the nomenclature of its own date. Codes are unique across levels: sections carry roman numerals
-- (I…XXI), chapters 2 digits, headings 4, subheadings 6, 8 or 10.
create table tnved_nodes (
  id bigserial primary key,
  code text not null check (code ~ '^([IVXL]+|[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8}|[0-9]{10})$'),
  level text not null check (level in ('section', 'chapter', 'heading', 'subheading')),
  -- the node above, by code: its own versions are dated independently
  parent_code text,
  name_ru text not null,
  name_kk text,
  name_en text,
  notes text,
  valid_from date not null,
  valid_to date,
  updated_at timestamptz not null default now(),
  unique (code, valid_from),
  check (valid_to is null or valid_to >= valid_from),
  check ((level = 'section') = (parent_code is null))
);
create index tnved_nodes_parent on tnved_nodes (parent_code, code);
-- code-prefix search walks this index (C collation: LIKE 'prefix%' becomes a range scan)
create index tnved_nodes_code_prefix on tnved_nodes (code collate "C");

-- The search index we build ourselves, the same on PGlite and PostgreSQL without extensions: every
-- word of a node's ru/kk/en names reduced to a stem (Russian and Kazakh endings stripped), with
-- the position of its first occurrence, so a query word matches by stem prefix through the
-- primary key's range scan and earlier words rank higher.
create table tnved_search_terms (
  term text collate "C" not null,
  node_id bigint not null references tnved_nodes (id) on delete cascade,
  position smallint not null,
  primary key (term, node_id)
);
create index tnved_search_terms_node on tnved_search_terms (node_id);
