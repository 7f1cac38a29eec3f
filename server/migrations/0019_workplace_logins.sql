-- One Web-declarant login per workplace (WD-21, WD-22, WD-25): an application for N workplaces
-- yields N logins of the organisation's one account, each with its own one-time password, each
-- bound to the workplace (device cookie) where it is first used, until an officer releases it.
create table workplace_logins (
  id uuid primary key,
  account_id uuid not null references accounts (id),
  login text not null unique check (login ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  password_hash text not null,
  must_change_password boolean not null default true,
  -- the application it was issued on (WD-20)
  application_id uuid references web_declarant_applications (id),
  issued_at timestamptz not null,
  -- sha-256 (hex) of the workplace cookie it was first used from: null until then, or once released
  workplace text check (workplace ~ '^[0-9a-f]{64}$'),
  bound_at timestamptz,
  released_at timestamptz,
  released_by uuid references accounts (id),
  check ((workplace is null) = (bound_at is null))
);
create index workplace_logins_of_account on workplace_logins (account_id);

-- The login a password session came through, when it was a workplace login.
alter table sessions add column login_id uuid references workplace_logins (id);
alter table sessions drop constraint sessions_end_reason_check;
alter table sessions add constraint sessions_end_reason_check check (end_reason in (
  'logout', 'replaced', 'ended_by_user', 'ended_by_officer', 'access_withdrawn', 'password_changed', 'login_released'
));

-- Logins issued before: each becomes the first workplace login of its account, with its password
-- and its one-time flag as they were, unbound (its first use binds it); the account keeps no login
-- of its own. An application for N workplaces issued before this change had one login: the other
-- N - 1 are issued when an officer answers a new application.
insert into workplace_logins (id, account_id, login, password_hash, must_change_password, application_id, issued_at)
select gen_random_uuid(), a.id, a.login, a.password_hash, a.must_change_password, app.id, coalesce(app.decided_at, a.updated_at)
  from accounts a
  join lateral (
    select w.id, w.decided_at from web_declarant_applications w
     where w.account_id = a.id and w.status = 'issued' order by w.decided_at desc limit 1
  ) app on true
 where a.login is not null and a.password_hash is not null;
update accounts a set login = null, password_hash = null, must_change_password = false
 where exists (select 1 from workplace_logins l where l.account_id = a.id and l.login = a.login);
