-- Registration as the EAEU Customs Code has it (art. 111): the number OOOOO/DDMMYY/NNNNNNN a
-- declaration gets at submission is its registration. A registered declaration can therefore
-- never be refused registration afterwards — refusals of registration happen before a number,
-- by control at submission. After registration come release, conditional release, refusal of
-- release, correction (КДТ) and withdrawal at the declarant's request (art. 113), which this
-- migration gives a place to keep its signed request.

-- A withdrawal at the declarant's request: the reason and the signed bytes with their CMS as they
-- came, like a submission's. One per declaration: a withdrawn declaration is final.
create table declaration_withdrawals (
  id uuid primary key,
  declaration_id uuid not null unique references declarations (id),
  registration_number text not null,
  -- the SHA-256 of the registered copy withdrawn (the latest signed copy delivered)
  document_sha256 bytea not null check (octet_length(document_sha256) = 32),
  reason text not null check (length(reason) between 1 and 2000),
  signed_bytes bytea not null,
  signature_cms bytea not null,
  signer_iin text,
  signer_bin text,
  certificate_serial text,
  withdrawn_by uuid not null references accounts (id),
  withdrawn_at timestamptz not null
);

-- Declarations "refused registration" after their number become "refused release": in law that is
-- what a refusal after registration is. Their history stays: the officer's signed bytes keep the
-- decision as it was signed, the timeline rows keep what they said under `migratedFrom`, and each
-- declaration gets a timeline event and an audit record saying why its status changed.
--
-- The grounds were codes the application turned into words; refusal of release takes the officer's
-- words, so each code becomes its text — in the three languages together, as no one reader's
-- language can be chosen for a decision already sent.
create temporary table refusal_reason_texts (code text primary key, kk text not null, ru text not null, en text not null)
  on commit drop;
insert into refusal_reason_texts (code, kk, ru, en) values
      ('wrong_customs_body',
        'Декларация осы құжатты тіркеуге өкілеттігі жоқ кеден органына берілген.',
        'Декларация подана в таможенный орган, не уполномоченный регистрировать такие декларации.',
        'The declaration was filed with a customs body not competent to register it.'),
      ('not_entitled_person',
        'Декларацияны декларант бола алмайтын немесе өкілеттігі жоқ тұлға берген.',
        'Декларация подана лицом, которое не может быть декларантом или не имеет полномочий.',
        'The declaration was filed by a person who cannot be the declarant or has no authority to file.'),
      ('missing_information',
        'Декларацияда міндетті мәліметтер көрсетілмеген.',
        'В декларации не указаны обязательные сведения.',
        'Required information is missing from the declaration.'),
      ('missing_documents',
        'Декларация берілетін құжаттар ұсынылмаған.',
        'Не представлены документы, которые должны быть поданы вместе с декларацией.',
        'The documents required with the declaration were not submitted.'),
      ('goods_not_presented',
        'Тауарлар кеден органына көрсетілмеген.',
        'Товары не предъявлены таможенному органу, хотя это требуется.',
        'The goods were not presented to customs although this is required.'),
      ('payments_not_made',
        'Кедендік төлемдер төленбеген немесе оларды төлеу қамтамасыз етілмеген.',
        'Таможенные платежи не уплачены и их уплата не обеспечена.',
        'Customs payments were neither paid nor secured.'),
      ('procedure_conditions_not_met',
        'Кедендік рәсімге орналастыру шарттары сақталмаған.',
        'Не соблюдены условия помещения товаров под таможенную процедуру.',
        'The conditions for placing the goods under the customs procedure are not met.'),
      ('form_not_followed',
        'Декларация белгіленген нысанда немесе тәртіппен толтырылмаған.',
        'Декларация заполнена не по установленной форме или порядку.',
        'The declaration does not follow the established form or filling rules.');

create temporary table migrated_refusals on commit drop as
  select id, customs_office from declarations where status = 'registration_refused';

update declaration_decisions
   set decision = 'refuse_release',
       reasons = (select coalesce(jsonb_agg(coalesce(t.kk || ' / ' || t.ru || ' / ' || t.en, listed.reason)
                                            order by listed.n), '[]'::jsonb)
                    from jsonb_array_elements_text(coalesce(declaration_decisions.reasons, '[]'::jsonb))
                         with ordinality as listed (reason, n)
                    left join refusal_reason_texts t on t.code = listed.reason)
 where decision = 'refuse_registration';

update declaration_events
   set event = case when event = 'refuse_registration' then 'refuse_release' else event end,
       from_status = case when from_status = 'registration_refused' then 'release_refused' else from_status end,
       to_status = case when to_status = 'registration_refused' then 'release_refused' else to_status end,
       details = coalesce(details, '{}'::jsonb) || jsonb_build_object('migratedFrom', jsonb_strip_nulls(jsonb_build_object(
         'event', event, 'fromStatus', from_status, 'toStatus', to_status)))
 where event = 'refuse_registration' or from_status = 'registration_refused' or to_status = 'registration_refused';

update declarations set status = 'release_refused' where id in (select id from migrated_refusals);

insert into declaration_events (declaration_id, at, event, actor_role, office_code, details)
select id, now(), 'status_migrated', 'system', customs_office, jsonb_build_object(
    'from', 'registration_refused', 'to', 'release_refused',
    'note', 'migrated: refusal of registration after registration number is a refusal of release')
  from migrated_refusals;

insert into audit_log (at, action, outcome, subject_type, subject_id, body_code, details)
select now(), 'declaration.status_migrated', 'success', 'declaration', id::text, customs_office, jsonb_build_object(
    'from', 'registration_refused', 'to', 'release_refused',
    'note', 'migrated: refusal of registration after registration number is a refusal of release')
  from migrated_refusals;
