import { Button, Group, Loader, Stack, TextInput, Title } from '@mantine/core';
import { contentKinds } from '@shekara/contracts/portal';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../../components/SmallLink.tsx';
import { useAction } from '../../../data/use-action.ts';
import type { Language } from '../../../i18n/index.ts';
import { editorItemPath, editorPath } from '../paths.ts';
import {
  type AdminItem,
  type ContentKind,
  createItem,
  deleteItem,
  type PortalFile,
  saveItem,
  uploadFile,
} from '../portal-api.ts';
import { portalKeys, useAdminItem, usePublication } from '../queries.ts';
import { ItemKindFields } from './ItemKindFields.tsx';
import { ItemTextsTabs } from './ItemTextsTabs.tsx';
import { emptyForm, formOf, type ItemForm, inputOf, suggestedSlug } from './item-form.ts';
import { PublicationBadge } from './PublicationBadge.tsx';

/**
 * Creates or edits one item of portal content: its texts in kk/ru/en on tabs, what its kind adds
 * (the notice's window, the act's reference, the program's version and file), and publication.
 */
export function EditorItemPage() {
  const { t } = useTranslation();
  const params = useParams();
  const loaded = useAdminItem(params.id);
  const startKind: ContentKind = contentKinds.includes(params.kind as ContentKind)
    ? (params.kind as ContentKind)
    : 'news';
  if (params.id !== undefined && loaded.status === 'pending') return <Loader aria-label={t('portal.loading')} />;
  // An item that could not be read leaves an empty form under the server's refusal, as a new one would be.
  return (
    <ItemEditor
      key={params.id ?? 'new'}
      id={params.id}
      initial={loaded.data ?? null}
      startKind={startKind}
      loadFailure={loaded.error ?? null}
    />
  );
}

function ItemEditor({
  id,
  initial,
  startKind,
  loadFailure,
}: {
  id: string | undefined;
  initial: AdminItem | null;
  startKind: ContentKind;
  loadFailure: unknown;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const creating = id === undefined;
  // The cached item, so a publication shows in its badge as soon as it is asked for.
  const item = useAdminItem(id).data ?? null;
  const [kind] = useState<ContentKind>(initial?.kind ?? startKind);
  const [form, setForm] = useState<ItemForm>(() => (initial ? formOf(initial) : emptyForm()));
  const [file, setFile] = useState<PortalFile | null>(initial?.file ?? null);
  const action = useAction((work: () => Promise<void>) => work(), [portalKeys.all]);
  const publication = usePublication(id ?? '');
  const busy = action.pending || publication.pending;
  const error = action.error ?? publication.error ?? loadFailure;

  const act = (work: () => Promise<void>) => {
    publication.reset();
    return action.run(work);
  };
  const set = (patch: Partial<ItemForm>) => setForm((current) => ({ ...current, ...patch }));
  const setText = (field: 'title' | 'summary' | 'body', language: Language, value: string) =>
    setForm((current) => ({
      ...current,
      [field]: { ...current[field], [language]: value },
      // A new item's address follows its English title until the editor writes one.
      ...(creating && field === 'title' && language === 'en' && current.slug === suggestedSlug(current.title.en)
        ? { slug: suggestedSlug(value) }
        : {}),
    }));

  const save = () =>
    act(async () => {
      if (creating) {
        const made = await createItem(kind, inputOf(form, kind));
        navigate(editorItemPath(made.id), { replace: true });
      } else {
        client.setQueryData(portalKeys.adminItem(id), await saveItem(id, inputOf(form, kind)));
      }
    });
  const publish = (yes: boolean) => {
    action.reset();
    return publication.run(yes);
  };
  // A draft can be published, a published item withdrawn: one button, saying which.
  const publishing =
    item &&
    {
      draft: { publish: true, color: 'green', label: t('portal.editor.publish'), testId: 'portal-editor-publish' },
      published: {
        publish: false,
        color: 'orange',
        label: t('portal.editor.unpublish'),
        testId: 'portal-editor-unpublish',
      },
    }[item.status];
  const remove = () =>
    act(async () => {
      if (!window.confirm(t('portal.editor.confirmDelete'))) return;
      await deleteItem(item!.id);
      navigate(editorPath);
    });
  const upload = (chosen: File | null) =>
    chosen &&
    void act(async () => {
      const stored = await uploadFile(chosen);
      setFile(stored);
      set({ fileId: stored.id });
    });

  return (
    <Stack gap="md" py="xl" maw={900}>
      <SmallLink to={editorPath}>{t('portal.editor.back')}</SmallLink>
      <Group gap="sm">
        <Title order={1} data-testid="portal-editor-item-title">
          {t(creating ? `portal.editor.new.${kind}` : 'portal.editor.edit')}
        </Title>
        {item && <PublicationBadge status={item.status} testId="portal-editor-status" />}
      </Group>
      <ItemTextsTabs form={form} setText={setText} />
      <TextInput
        label={t('portal.editor.fields.slug')}
        description={t('portal.editor.slugHelp')}
        maxLength={100}
        value={form.slug}
        onChange={(e) => set({ slug: e.currentTarget.value })}
        data-testid="portal-editor-slug"
      />
      <TextInput
        type="datetime-local"
        label={t('portal.editor.fields.publishedAt')}
        description={t('portal.editor.publishedAtHelp')}
        value={form.publishedAt}
        onChange={(e) => set({ publishedAt: e.currentTarget.value })}
      />
      <ItemKindFields kind={kind} form={form} set={set} file={file} upload={upload} />
      {error !== null && error !== undefined && <ServerRefusalAlert title={t('portal.editor.refused')} error={error} />}
      <Group gap="sm">
        <Button onClick={() => void save()} loading={busy} data-testid="portal-editor-save">
          {t('portal.editor.save')}
        </Button>
        {publishing && (
          <Button
            color={publishing.color}
            variant="light"
            onClick={() => void publish(publishing.publish)}
            loading={busy}
            data-testid={publishing.testId}
          >
            {publishing.label}
          </Button>
        )}
        {item && (
          <Button color="red" variant="subtle" onClick={() => void remove()} loading={busy}>
            {t('portal.editor.delete')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
