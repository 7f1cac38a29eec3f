import { getJson, sendJson } from '../../api.ts';
import type { Language } from '../../i18n/index.ts';

/** The portal's content as the server's public and administrator APIs give it (issue 5 point 7). */
export type ContentKind = 'news' | 'notice' | 'legal' | 'software' | 'training';
export type Localized = Record<Language, string>;

export interface PortalFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface PortalSummary {
  kind: ContentKind;
  slug: string;
  title: Localized;
  summary: Localized;
  publishedAt: string | null;
  startsAt: string | null;
  endsAt: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  sourceUrl: string | null;
  version: string | null;
  file: PortalFile | null;
}

export interface PortalItem extends PortalSummary {
  body: Localized;
}

export interface AdminItem extends PortalItem {
  id: string;
  status: 'draft' | 'published';
  createdAt: string;
  updatedAt: string;
}

/** What the editor sends; the kind only when creating. */
export interface ItemInput {
  slug: string;
  title: Localized;
  summary: Localized;
  body: Localized;
  publishedAt: string | null;
  startsAt: string | null;
  endsAt: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  sourceUrl: string | null;
  version: string | null;
  fileId: string | null;
}

/** Each kind's segment of the public API and of the web app's address. */
export const segmentOf: Record<ContentKind, string> = { news: 'news', notice: 'notices', legal: 'legal', software: 'software', training: 'training' };

export const listPublished = (kind: ContentKind, limit = 50) => getJson<{ items: PortalSummary[]; total: number }>(`/api/v1/portal/${segmentOf[kind]}?limit=${limit}`);
export const getPublished = (kind: ContentKind, slug: string) => getJson<PortalItem>(`/api/v1/portal/${segmentOf[kind]}/${encodeURIComponent(slug)}`);
export const activeNotices = () => getJson<{ items: PortalItem[] }>('/api/v1/portal/notices/active');
export const fileUrl = (kind: ContentKind, slug: string) => `/api/v1/portal/${segmentOf[kind]}/${encodeURIComponent(slug)}/file`;

const admin = '/api/v1/admin/portal';
export const listAll = (kind?: ContentKind) => getJson<{ items: AdminItem[] }>(`${admin}/items${kind ? `?kind=${kind}` : ''}`);
export const getItem = (id: string) => getJson<AdminItem>(`${admin}/items/${id}`);
export const createItem = (kind: ContentKind, input: ItemInput) => sendJson<AdminItem>(`${admin}/items`, { kind, ...input });
export const saveItem = (id: string, input: ItemInput) => sendJson<AdminItem>(`${admin}/items/${id}`, input, 'PUT');
export const publishItem = (id: string) => sendJson<AdminItem>(`${admin}/items/${id}/publish`, {});
export const unpublishItem = (id: string) => sendJson<AdminItem>(`${admin}/items/${id}/unpublish`, {});
// No body, so no content type: an empty JSON body would be refused.
export const deleteItem = (id: string) => getJson<void>(`${admin}/items/${id}`, { method: 'DELETE' });

/** Uploads a file as the request body itself, with its own type; the server answers its SHA-256. */
export function uploadFile(file: File): Promise<PortalFile> {
  return getJson<PortalFile>(`${admin}/files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
}

export interface FiledTicket {
  number: string;
  createdAt: string;
  email: string;
}

export const fileTicket = (ticket: { name: string; email: string; subject: string; message: string }) => sendJson<FiledTicket>('/api/v1/support/tickets', ticket);

/** A ticket as the administrators' list gives it. */
export interface SupportTicket {
  id: string;
  number: string;
  name: string;
  email: string;
  subject: string;
  message: string;
  language: Language;
  accountId: string | null;
  createdAt: string;
}

export const listTickets = () => getJson<{ items: SupportTicket[] }>('/api/v1/admin/support/tickets?limit=200');
