import type { AdminItem, ContentKind, ItemInput } from '../portal-api.ts';

/** The editor's form: what the server takes, with instants as the browser's datetime-local text. */
export interface ItemForm extends Omit<ItemInput, 'publishedAt' | 'startsAt' | 'endsAt'> {
  publishedAt: string;
  startsAt: string;
  endsAt: string;
}

const blank = { kk: '', ru: '', en: '' };

export function emptyForm(): ItemForm {
  return {
    slug: '',
    title: { ...blank },
    summary: { ...blank },
    body: { ...blank },
    publishedAt: '',
    startsAt: '',
    endsAt: '',
    documentNumber: null,
    documentDate: null,
    sourceUrl: null,
    version: null,
    fileId: null,
  };
}

export function formOf(item: AdminItem): ItemForm {
  return {
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    body: item.body,
    publishedAt: localInput(item.publishedAt),
    startsAt: localInput(item.startsAt),
    endsAt: localInput(item.endsAt),
    documentNumber: item.documentNumber,
    documentDate: item.documentDate,
    sourceUrl: item.sourceUrl,
    version: item.version,
    fileId: item.file?.id ?? null,
  };
}

/** What the server receives: empty texts become null, local times become instants. */
export function inputOf(form: ItemForm, kind: ContentKind): ItemInput {
  const orNull = (value: string | null) => (value && value.trim() !== '' ? value.trim() : null);
  return {
    ...form,
    slug: form.slug.trim(),
    publishedAt: instant(form.publishedAt),
    startsAt: kind === 'notice' ? instant(form.startsAt) : null,
    endsAt: kind === 'notice' ? instant(form.endsAt) : null,
    documentNumber: orNull(form.documentNumber),
    documentDate: orNull(form.documentDate),
    sourceUrl: orNull(form.sourceUrl),
    version: orNull(form.version),
  };
}

/** `2026-11-22T10:30` in the browser's time zone → an ISO instant; empty → null. */
export function instant(local: string): string | null {
  if (!local) return null;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** An ISO instant → the browser's `YYYY-MM-DDTHH:mm` for a datetime-local input. */
export function localInput(iso: string | null): string {
  if (!iso) return '';
  const time = new Date(iso);
  const local = new Date(time.getTime() - time.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A slug suggested from the English title: lower-case latin words joined by hyphens. */
export function suggestedSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
