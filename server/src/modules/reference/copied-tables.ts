/**
 * The tables each copy of reference data held in memory is made of. A change to one of them —
 * this process's own write (`noteLocalChange`) or any node's, heard as a notification (migration
 * 0036, platform/db/change-feed.ts) — makes the copies made of it stale.
 */
export const nomenclatureTables = ['tnved_nodes', 'tnved_search_terms'] as const;
export const tariffTables = ['tariff_rates', 'vat_rates'] as const;
export const exchangeRateTables = ['exchange_rates'] as const;
/** What the TN VED search answers are made of: the nodes and the rates in force at the date. */
export const searchAnswerTables = [...nomenclatureTables, ...tariffTables] as const;
/** What format-logical control's reference view is made of (declarations module). */
export const controlReferenceTables = [
  'classifier_items',
  'tnved_nodes',
  'customs_bodies',
  'customs_body_document_kinds',
] as const;
