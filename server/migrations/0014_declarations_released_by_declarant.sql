-- Risk routing reads how many declarations each declarant has had released (its history with
-- customs) for every batch it routes. Through declarations_declarant that visited every one of a
-- declarant's declarations, released or not, so routing slowed as a declarant's history grew;
-- this index holds only the released ones.
create index declarations_released_by_declarant on declarations (declarant_iin_bin) where status = 'released' and deleted_at is null;
