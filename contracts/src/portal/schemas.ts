import { z } from 'zod';
import { contentKinds } from './content-kinds.ts';

/** A text in the three languages of the portal; a draft may leave some empty. */
const localized = (max: number) =>
  z.object({ kk: z.string().max(max), ru: z.string().max(max), en: z.string().max(max) });

export const maxBodyLength = 50_000;
const instant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
export const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case latin letters and digits joined by hyphens');

export const fileView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int().describe('Bytes'),
    sha256: z.string().describe('Hex SHA-256 of the file, to check a download against'),
    uploadedAt: z.string(),
  })
  .meta({ id: 'PortalFile' });
export type FileView = z.infer<typeof fileView>;

const commonFields = {
  kind: z.enum(contentKinds),
  slug: z.string(),
  title: localized(300),
  summary: localized(1000),
  publishedAt: z.string().nullable(),
  startsAt: z.string().nullable().describe('Notices: when the maintenance starts'),
  endsAt: z.string().nullable().describe('Notices: when it ends; the banner shows in between'),
  documentNumber: z.string().nullable().describe('Legal information: the number of the act'),
  documentDate: z.string().nullable().describe('Legal information: the date of the act'),
  sourceUrl: z.string().nullable().describe('Legal information: where the official text is published'),
  version: z.string().nullable().describe('Software: its version'),
  file: fileView.nullable().describe('Software and training: the file to download (`GET …/{slug}/file`)'),
};

export const publicSummary = z.object(commonFields).meta({ id: 'PortalSummary' });
export const publicItem = z.object({ ...commonFields, body: localized(maxBodyLength) }).meta({ id: 'PortalItem' });
export type PublicItem = z.infer<typeof publicItem>;
export const publicList = z.object({ items: z.array(publicSummary), total: z.number().int() });

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const slugParams = z.object({ slug: slugSchema });

export const adminItem = z
  .object({
    id: z.uuid(),
    ...commonFields,
    body: localized(maxBodyLength),
    status: z.enum(['draft', 'published']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PortalAdminItem' });
export type AdminItem = z.infer<typeof adminItem>;
export const adminList = z.object({ items: z.array(adminItem) });
export const adminListQuery = z.object({ kind: z.enum(contentKinds).optional() });
export const idParams = z.object({ id: z.uuid() });

/** What an administrator writes; the kind is chosen once, at creation. */
export const itemInput = z.object({
  slug: slugSchema,
  title: localized(300),
  summary: localized(1000).default({ kk: '', ru: '', en: '' }),
  body: localized(maxBodyLength).default({ kk: '', ru: '', en: '' }),
  publishedAt: instant
    .nullable()
    .optional()
    .describe('When it becomes public once published; empty: the moment it is published'),
  startsAt: instant.nullable().optional(),
  endsAt: instant.nullable().optional(),
  documentNumber: z.string().trim().max(100).nullable().optional(),
  documentDate: isoDate.nullable().optional(),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  version: z.string().trim().max(50).nullable().optional(),
  fileId: z.uuid().nullable().optional(),
});
export type ItemInput = z.infer<typeof itemInput>;
export const newItemInput = itemInput.extend({ kind: z.enum(contentKinds) });

export const uploadQuery = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\r\n/\\"]+$/, 'must be a plain file name'),
});

export const activeNoticeList = z.object({ items: z.array(publicItem) });

export const feedQuery = z.object({ lang: z.enum(['kk', 'ru', 'en']).optional() });
