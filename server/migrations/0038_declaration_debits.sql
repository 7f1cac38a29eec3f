-- What was taken for the budget at a declaration's release, found by the declaration: its payment
-- card shows it once the reservation is closed (issue 17 point 2), so a paid and released
-- declaration no longer reads as nothing held and nothing paid.
create index ledger_debits_of_declaration on ledger_postings (declaration_id) where kind = 'debit';
