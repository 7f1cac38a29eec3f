import {
  type Channel,
  channels,
  type DeclarationKind,
  type DeclarationStatus,
  declarationKinds,
  declarationStatuses,
} from './officer-declaration.ts';

/** What the officer narrows the inbox by; kept in the page's address so a link or Back returns to it. */
export interface InboxFilters {
  number: string;
  status: DeclarationStatus | null;
  kind: DeclarationKind | null;
  channel: Channel | null;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : null;

/**
 * A registration number, or its beginning, as an officer types or pastes it (WD-15): the
 * separators people use for its slashes (backslash, dot, dash) read as slashes, and anything but
 * digits and slashes dropped, as the server takes only those.
 */
export function normalizedNumber(typed: string): string {
  return typed
    .replace(/[\\.-]/g, '/')
    .replace(/[^\d/]/g, '')
    .slice(0, 20);
}

/** The filters an address holds; anything not understood is left out rather than refused. */
export function filtersFromSearch(search: URLSearchParams): InboxFilters {
  const page = Number(search.get('page'));
  return {
    number: normalizedNumber(search.get('number') ?? ''),
    status: oneOf(declarationStatuses, search.get('status')),
    kind: oneOf(declarationKinds, search.get('kind')),
    channel: oneOf(channels, search.get('channel')),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query the server's inbox and the page's address both take; empty filters and page 1 are omitted. */
export function searchOfFilters(filters: InboxFilters): string {
  const search = new URLSearchParams();
  if (filters.number) search.set('number', filters.number);
  if (filters.status) search.set('status', filters.status);
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.channel) search.set('channel', filters.channel);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search.toString();
}

/** A full registration number: the inbox opens the document itself rather than a list of one. */
export function isRegistrationNumber(value: string): boolean {
  return /^\d{5}\/\d{6}\/\d{7}$/.test(value);
}
