-- The file a declaration was imported from, kept byte for byte as it came (WD-11): the ESADout_CU
-- or ED_Container XML that declarant software made, beside the draft it became. One per
-- declaration; 16 MiB at most, the largest XML file an import reads.
create table declaration_received_files (
  declaration_id uuid primary key references declarations (id),
  name text not null check (length(name) between 1 and 300),
  size_bytes int not null check (size_bytes between 1 and 16777216),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  received_by uuid not null references accounts (id),
  received_at timestamptz not null,
  check (octet_length(content) = size_bytes)
);
