import { Anchor, Badge, Button, Code, FileInput, Group, Loader, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../../components/ServerRefusalAlert.tsx';
import { languages, type Language } from '../../../i18n/index.ts';
import { editorItemPath, editorPath } from '../paths.ts';
import { createItem, deleteItem, getItem, publishItem, saveItem, unpublishItem, uploadFile, type AdminItem, type ContentKind, type PortalFile } from '../portal-api.ts';
import { emptyForm, formOf, inputOf, suggestedSlug, type ItemForm } from './item-form.ts';
import { contentKinds } from './kinds.ts';

/**
 * Creates or edits one item of portal content: its texts in kk/ru/en on tabs, what its kind adds
 * (the notice's window, the act's reference, the program's version and file), and publication.
 */
export function EditorItemPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const creating = params.id === undefined;
  const [item, setItem] = useState<AdminItem | null>(null);
  const [kind, setKind] = useState<ContentKind>(contentKinds.includes(params.kind as ContentKind) ? (params.kind as ContentKind) : 'news');
  const [form, setForm] = useState<ItemForm>(emptyForm);
  const [file, setFile] = useState<PortalFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(!creating);

  useEffect(() => {
    if (creating) return;
    getItem(params.id!).then(
      (loaded) => {
        setItem(loaded);
        setKind(loaded.kind);
        setForm(formOf(loaded));
        setFile(loaded.file);
        setLoading(false);
      },
      (failure: unknown) => {
        setError(failure);
        setLoading(false);
      },
    );
  }, [creating, params.id]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const set = (patch: Partial<ItemForm>) => setForm((current) => ({ ...current, ...patch }));
  const setText = (field: 'title' | 'summary' | 'body', language: Language, value: string) =>
    setForm((current) => ({
      ...current,
      [field]: { ...current[field], [language]: value },
      // A new item's address follows its English title until the editor writes one.
      ...(creating && field === 'title' && language === 'en' && current.slug === suggestedSlug(current.title.en) ? { slug: suggestedSlug(value) } : {}),
    }));

  const save = () =>
    act(async () => {
      if (creating) {
        const made = await createItem(kind, inputOf(form, kind));
        navigate(editorItemPath(made.id), { replace: true });
      } else {
        setItem(await saveItem(item!.id, inputOf(form, kind)));
      }
    });
  const publication = (publish: boolean) => act(async () => setItem(await (publish ? publishItem : unpublishItem)(item!.id)));
  const remove = () =>
    act(async () => {
      if (!window.confirm(t('portal.editor.confirmDelete'))) return;
      await deleteItem(item!.id);
      navigate(editorPath);
    });
  const upload = (chosen: File | null) =>
    chosen &&
    act(async () => {
      const stored = await uploadFile(chosen);
      setFile(stored);
      set({ fileId: stored.id });
    });

  if (loading) return <Loader aria-label={t('portal.loading')} />;
  return (
    <Stack gap="md" py="xl" maw={900}>
      <Anchor component={Link} to={editorPath} size="sm">
        {t('portal.editor.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1} data-testid="portal-editor-item-title">
          {t(creating ? `portal.editor.new.${kind}` : 'portal.editor.edit')}
        </Title>
        {item && (
          <Badge color={item.status === 'published' ? 'green' : 'gray'} data-testid="portal-editor-status" data-status={item.status}>
            {t(`portal.status.${item.status}`)}
          </Badge>
        )}
      </Group>
      <Tabs defaultValue="ru" keepMounted={false}>
        <Tabs.List>
          {languages.map((language) => (
            <Tabs.Tab key={language} value={language} data-testid={`portal-editor-tab-${language}`}>
              {t(`language.${language}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {languages.map((language) => (
          <Tabs.Panel key={language} value={language} pt="sm">
            <Stack gap="sm">
              <TextInput label={t('portal.editor.fields.title')} maxLength={300} value={form.title[language]} onChange={(e) => setText('title', language, e.currentTarget.value)} data-testid={`portal-editor-title-${language}`} />
              <Textarea label={t('portal.editor.fields.summary')} maxLength={1000} autosize minRows={2} value={form.summary[language]} onChange={(e) => setText('summary', language, e.currentTarget.value)} data-testid={`portal-editor-summary-${language}`} />
              <Textarea
                label={t('portal.editor.fields.body')}
                description={t('portal.editor.markupHelp')}
                maxLength={50_000}
                autosize
                minRows={6}
                value={form.body[language]}
                onChange={(e) => setText('body', language, e.currentTarget.value)}
                data-testid={`portal-editor-body-${language}`}
              />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <TextInput label={t('portal.editor.fields.slug')} description={t('portal.editor.slugHelp')} maxLength={100} value={form.slug} onChange={(e) => set({ slug: e.currentTarget.value })} data-testid="portal-editor-slug" />
      <TextInput type="datetime-local" label={t('portal.editor.fields.publishedAt')} description={t('portal.editor.publishedAtHelp')} value={form.publishedAt} onChange={(e) => set({ publishedAt: e.currentTarget.value })} />
      {kind === 'notice' && (
        <Group grow align="flex-start">
          <TextInput type="datetime-local" required label={t('portal.editor.fields.startsAt')} value={form.startsAt} onChange={(e) => set({ startsAt: e.currentTarget.value })} data-testid="portal-editor-starts" />
          <TextInput type="datetime-local" required label={t('portal.editor.fields.endsAt')} value={form.endsAt} onChange={(e) => set({ endsAt: e.currentTarget.value })} data-testid="portal-editor-ends" />
        </Group>
      )}
      {kind === 'legal' && (
        <Group grow align="flex-start">
          <TextInput label={t('portal.editor.fields.documentNumber')} maxLength={100} value={form.documentNumber ?? ''} onChange={(e) => set({ documentNumber: e.currentTarget.value })} />
          <TextInput type="date" label={t('portal.editor.fields.documentDate')} value={form.documentDate ?? ''} onChange={(e) => set({ documentDate: e.currentTarget.value })} />
          <TextInput type="url" label={t('portal.editor.fields.sourceUrl')} maxLength={500} value={form.sourceUrl ?? ''} onChange={(e) => set({ sourceUrl: e.currentTarget.value })} />
        </Group>
      )}
      {kind === 'software' && <TextInput label={t('portal.editor.fields.version')} maxLength={50} value={form.version ?? ''} onChange={(e) => set({ version: e.currentTarget.value })} />}
      {(kind === 'software' || kind === 'training') && (
        <Stack gap={4}>
          <FileInput label={t('portal.editor.fields.file')} description={t('portal.editor.fileHelp')} clearable={false} onChange={(chosen) => void upload(chosen)} data-testid="portal-editor-file" />
          {file && (
            <Text size="xs" data-testid="portal-editor-file-info">
              {file.name} · <Code>{file.sha256}</Code>
            </Text>
          )}
        </Stack>
      )}
      {error !== null && <ServerRefusalAlert title={t('portal.editor.refused')} error={error} />}
      <Group gap="sm">
        <Button onClick={() => void save()} loading={busy} data-testid="portal-editor-save">
          {t('portal.editor.save')}
        </Button>
        {item && item.status === 'draft' && (
          <Button color="green" variant="light" onClick={() => void publication(true)} loading={busy} data-testid="portal-editor-publish">
            {t('portal.editor.publish')}
          </Button>
        )}
        {item && item.status === 'published' && (
          <Button color="orange" variant="light" onClick={() => void publication(false)} loading={busy} data-testid="portal-editor-unpublish">
            {t('portal.editor.unpublish')}
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
