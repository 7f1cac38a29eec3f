-- The language the system writes to an account in when nobody is asking at that moment (notices
-- of customs decisions, ACC-21): the language of its latest log-in, Russian until the first.
alter table accounts add column language text not null default 'ru' check (language in ('kk', 'ru', 'en'));
