import { type RouteInput, type RouteOutput, urlOf } from '@shekara/contracts/http';
import { adminPortalRoutes, type ContentKind, publicPortalRoutes, publishedRoutes } from '@shekara/contracts/portal';
import { supportRoutes } from '@shekara/contracts/portal/support';
import { call } from '../../api/client.ts';

/** The portal's content as the server's public and administrator APIs give it (issue 5 point 7). */
export type { ContentKind };
export type PortalSummary = RouteOutput<ReturnType<typeof publishedRoutes>['list']>['items'][number];
export type PortalItem = RouteOutput<ReturnType<typeof publishedRoutes>['one']>;
export type PortalFile = NonNullable<PortalSummary['file']>;
export type Localized = PortalItem['title'];
export type AdminItem = RouteOutput<typeof adminPortalRoutes.one>;

/** What the editor sends: every field of the contract's input given (null when empty); the kind only when creating. */
export type ItemInput = Required<RouteInput<typeof adminPortalRoutes.save>['body']>;
/** Each kind's segment of the public API and of the web app's address. */

export const listPublished = (kind: ContentKind, limit = 50) => call(publishedRoutes(kind).list, { query: { limit } });
export const getPublished = (kind: ContentKind, slug: string) => call(publishedRoutes(kind).one, { params: { slug } });
export const activeNotices = () => call(publicPortalRoutes.activeNotices);
export const supportContacts = () => call(supportRoutes.contacts);
export const fileUrl = (kind: ContentKind, slug: string) => urlOf(publishedRoutes(kind).file, { params: { slug } });

export const listAll = (kind?: ContentKind) => call(adminPortalRoutes.list, { query: { kind } });
export const getItem = (id: string) => call(adminPortalRoutes.one, { params: { id } });
export const createItem = (kind: ContentKind, input: ItemInput) =>
  call(adminPortalRoutes.create, { body: { kind, ...input } });
export const saveItem = (id: string, input: ItemInput) => call(adminPortalRoutes.save, { params: { id }, body: input });
export const publishItem = (id: string) => call(adminPortalRoutes.publish, { params: { id } });
export const unpublishItem = (id: string) => call(adminPortalRoutes.unpublish, { params: { id } });
export const deleteItem = async (id: string): Promise<void> => {
  await call(adminPortalRoutes.remove, { params: { id } });
};

/** Uploads a file as the request body itself, with its own type; the server answers its SHA-256. */
export const uploadFile = (file: File): Promise<PortalFile> =>
  call(adminPortalRoutes.upload, {
    query: { name: file.name },
    raw: file,
    contentType: file.type || 'application/octet-stream',
  });

export const fileTicket = (ticket: RouteInput<typeof supportRoutes.file>['body']) =>
  call(supportRoutes.file, { body: ticket });

export const listTickets = () => call(supportRoutes.list, { query: { limit: 200 } });
