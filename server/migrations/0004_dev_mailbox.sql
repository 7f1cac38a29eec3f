-- The development mailbox: outside production, with no SMTP relay configured, outgoing e-mail is
-- kept here instead of being sent, and listed at /dev/mailbox. Production never writes to it.
create table dev_mailbox (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  -- the outbox message it came from: a delivery retried after a crash is stored once
  outbox_id bigint unique,
  from_address text not null,
  to_addresses text[] not null,
  subject text not null,
  text text not null,
  html text,
  -- what the message is for, e.g. registration.confirm
  kind text,
  -- [{filename, contentType, contentBase64}]
  attachments jsonb not null default '[]'::jsonb
);
create index dev_mailbox_at on dev_mailbox (at desc, id desc);
