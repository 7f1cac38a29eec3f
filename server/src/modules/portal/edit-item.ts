import { randomUUID } from 'node:crypto';
import type { AdminItem, ContentKind, ItemInput } from '@shekara/contracts/portal';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { Editor, PortalContext } from './context.ts';
import { PortalErrors } from './errors.ts';
import { fileExists } from './file-repository.ts';
import * as items from './item-repository.ts';
import { assertPublishable, fieldsOfKind } from './item-rules.ts';

/**
 * The administrator's changes to portal content (issue 5 point 7): each in one transaction with
 * its audit record, under the item's row lock, answering the item as it now stands.
 */

export async function createItem(
  ctx: PortalContext,
  editor: Editor,
  kind: ContentKind,
  input: ItemInput,
): Promise<AdminItem> {
  const fields = fieldsOfKind(kind, input);
  const id = randomUUID();
  const now = ctx.clock.now();
  return slugGuarded(fields.slug, () =>
    ctx.db.transaction(async (tx) => {
      await assertReferencesValid(tx, kind, fields, null);
      await items.insertItem(tx, id, kind, fields, now);
      await audit(tx, now, editor, 'portal.item.create', id, { kind, slug: fields.slug });
      return (await items.findItem(tx, id))!;
    }),
  );
}

export async function editItem(ctx: PortalContext, editor: Editor, id: string, input: ItemInput): Promise<AdminItem> {
  const now = ctx.clock.now();
  return slugGuarded(input.slug, () =>
    ctx.db.transaction(async (tx) => {
      const before = await lockedItem(tx, id);
      const fields = fieldsOfKind(before.kind, input);
      await assertReferencesValid(tx, before.kind, fields, id);
      await items.updateItem(tx, id, fields, now);
      const after = (await items.findItem(tx, id))!;
      // A published item stays fit to be public after the edit.
      if (after.status === 'published') assertPublishable(after);
      await audit(tx, now, editor, 'portal.item.update', id, {
        kind: before.kind,
        slug: after.slug,
        changed: changedFields(before, after),
      });
      return after;
    }),
  );
}

export async function publishItem(ctx: PortalContext, editor: Editor, id: string): Promise<AdminItem> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const item = await lockedItem(tx, id);
    assertPublishable(item);
    await items.setPublication(tx, id, true, now);
    const published = (await items.findItem(tx, id))!;
    await audit(tx, now, editor, 'portal.item.publish', id, {
      kind: item.kind,
      slug: item.slug,
      publishedAt: published.publishedAt,
    });
    return published;
  });
}

export async function unpublishItem(ctx: PortalContext, editor: Editor, id: string): Promise<AdminItem> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const item = await lockedItem(tx, id);
    await items.setPublication(tx, id, false, now);
    await audit(tx, now, editor, 'portal.item.unpublish', id, { kind: item.kind, slug: item.slug });
    return (await items.findItem(tx, id))!;
  });
}

export async function deleteItem(ctx: PortalContext, editor: Editor, id: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const item = await lockedItem(tx, id);
    await items.deleteItem(tx, id);
    // The audit keeps what was removed, in case it was removed by mistake.
    await audit(tx, now, editor, 'portal.item.delete', id, {
      kind: item.kind,
      slug: item.slug,
      title: item.title,
      status: item.status,
    });
  });
}

/** Two editors taking the same slug at once: the second meets the unique key, and is told so. */
async function slugGuarded<T>(slug: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505')
      throw PortalErrors.PORTAL_SLUG_TAKEN({ slug });
    throw error;
  }
}

async function lockedItem(tx: Queryable, id: string): Promise<AdminItem> {
  const item = await items.findItem(tx, id, { lock: true });
  if (!item) throw PortalErrors.PORTAL_ITEM_NOT_FOUND();
  return item;
}

async function assertReferencesValid(
  tx: Queryable,
  kind: ContentKind,
  fields: ItemInput,
  id: string | null,
): Promise<void> {
  if (await items.slugTaken(tx, kind, fields.slug, id)) throw PortalErrors.PORTAL_SLUG_TAKEN({ slug: fields.slug });
  if (fields.fileId && !(await fileExists(tx, fields.fileId))) throw PortalErrors.PORTAL_FILE_NOT_FOUND();
}

/** The names of the fields an edit changed, for the audit record (not their texts: bodies are long). */
function changedFields(before: AdminItem, after: AdminItem): string[] {
  const keys = [
    'slug',
    'title',
    'summary',
    'body',
    'publishedAt',
    'startsAt',
    'endsAt',
    'documentNumber',
    'documentDate',
    'sourceUrl',
    'version',
    'file',
  ] as const;
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

async function audit(
  tx: Queryable,
  at: Date,
  editor: Editor,
  action: string,
  id: string,
  details: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, at, {
    action,
    outcome: 'success',
    actorAccountId: editor.accountId,
    subjectType: 'portal_item',
    subjectId: id,
    ip: editor.facts.ip,
    requestId: editor.facts.requestId,
    details,
  });
}
