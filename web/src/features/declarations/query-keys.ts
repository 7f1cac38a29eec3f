import type { ListFilter } from './declarations-api.ts';

/** The keys of the organisation's declarations in the cache: any change under `all` reads them again. */
export const declarationKeys = {
  all: ['declarations'] as const,
  list: (filter: ListFilter) => ['declarations', 'list', filter] as const,
  one: (id: string) => ['declarations', 'one', id] as const,
  /** The copy a form (the editor, the submission) starts from: its own entry, read afresh each time, so a page that follows the declaration never hands a form an older document. */
  editing: (id: string) => ['declarations', 'one', id, 'editing'] as const,
  decisions: (options: { unread: boolean; page: number }) => ['declarations', 'decisions', options] as const,
  offices: (acceptanceCode: string) => ['declarations', 'offices', acceptanceCode] as const,
};
