-- The public portal's content (ACC-13, WD-34) and the support service (REG-13, ACC-11, WD-32).

-- Files an administrator uploaded: software to download, attachments of training materials.
-- Kept in the database, so every node serves the same bytes and a backup holds them.
create table portal_files (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  content_type text not null check (length(content_type) between 3 and 200),
  size_bytes int not null check (size_bytes >= 0),
  -- hex SHA-256 of the content, published beside the download so a user can check it
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  uploaded_at timestamptz not null,
  uploaded_by uuid references accounts (id),
  check (octet_length(content) = size_bytes)
);

-- One row per piece of content, each in kk/ru/en. A piece is public once published and its
-- publication time has come; a notice also has the window of the maintenance it announces.
create table portal_items (
  id uuid primary key,
  kind text not null check (kind in ('news', 'notice', 'legal', 'software', 'training')),
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  title_kk text not null default '' check (length(title_kk) <= 300),
  title_ru text not null default '' check (length(title_ru) <= 300),
  title_en text not null default '' check (length(title_en) <= 300),
  summary_kk text not null default '' check (length(summary_kk) <= 1000),
  summary_ru text not null default '' check (length(summary_ru) <= 1000),
  summary_en text not null default '' check (length(summary_en) <= 1000),
  body_kk text not null default '' check (length(body_kk) <= 50000),
  body_ru text not null default '' check (length(body_ru) <= 50000),
  body_en text not null default '' check (length(body_en) <= 50000),
  status text not null default 'draft' check (status in ('draft', 'published')),
  published_at timestamptz,
  -- notices: the maintenance window
  starts_at timestamptz,
  ends_at timestamptz,
  -- legal information: the act's number, date and where its official text is
  document_number text check (length(document_number) <= 100),
  document_date date,
  source_url text check (length(source_url) <= 500),
  -- software: its version; software and training: the attached file
  version text check (length(version) <= 50),
  file_id uuid references portal_files (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (kind, slug),
  check (status = 'draft' or published_at is not null),
  check ((kind = 'notice') = (starts_at is not null and ends_at is not null)),
  check (ends_at > starts_at)
);
create index portal_items_public on portal_items (kind, status, published_at desc);

-- Requests to the support service, numbered SUP-YEAR-NNNNNN.
create table support_tickets (
  id uuid primary key,
  number text not null unique,
  year int not null check (year between 2000 and 2999),
  serial int not null check (serial > 0),
  name text not null check (length(name) between 1 and 200),
  email text not null check (length(email) <= 254),
  subject text not null check (length(subject) between 1 and 200),
  message text not null check (length(message) between 1 and 5000),
  language text not null check (language in ('kk', 'ru', 'en')),
  -- set when filed from the cabinet
  account_id uuid references accounts (id),
  ip text,
  created_at timestamptz not null,
  unique (year, serial)
);
create index support_tickets_recent on support_tickets (created_at desc);

-- The last ticket number given per year: the upsert locks the row until commit, so tickets
-- filed at the same moment get consecutive numbers and never the same one.
create table support_ticket_counters (
  year int primary key,
  last_serial int not null
);
