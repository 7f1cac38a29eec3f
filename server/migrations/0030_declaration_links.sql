-- Links between documents (issue 17 points 3 and 5; ACC-16, ACC-17, ACC-18): a goods or transit
-- declaration names the preliminary information the goods arrived under, a goods declaration the
-- application for release before it. The link is written in the transaction that registers the
-- later declaration, and the earlier document is closed in the same transaction. A declaration
-- follows at most one document of each relation; an earlier document is closed by one declaration.
create table declaration_links (
  -- the later declaration, the one that names the other
  declaration_id uuid not null references declarations (id),
  -- the earlier document it names
  earlier_id uuid not null references declarations (id),
  relation text not null check (relation in ('preliminary_information', 'release_before_declaration')),
  linked_at timestamptz not null,
  primary key (declaration_id, relation),
  constraint declaration_link_not_itself check (declaration_id <> earlier_id)
);
create unique index declaration_links_earlier on declaration_links (earlier_id);
