import { Code, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentKind, PortalFile } from '../portal-api.ts';
import type { ItemForm } from './item-form.ts';

/** What an item's kind adds to it: the notice's window, the act's reference, the program's version and file. */
export function ItemKindFields({
  kind,
  form,
  set,
  file,
  upload,
}: {
  kind: ContentKind;
  form: ItemForm;
  set: (patch: Partial<ItemForm>) => void;
  file: PortalFile | null;
  upload: (chosen: File | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {kind === 'notice' && (
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            required
            label={t('portal.editor.fields.startsAt')}
            value={form.startsAt}
            onChange={(e) => set({ startsAt: e.currentTarget.value })}
            data-testid="portal-editor-starts"
          />
          <TextInput
            type="datetime-local"
            required
            label={t('portal.editor.fields.endsAt')}
            value={form.endsAt}
            onChange={(e) => set({ endsAt: e.currentTarget.value })}
            data-testid="portal-editor-ends"
          />
        </Group>
      )}
      {kind === 'legal' && (
        <Group grow align="flex-start">
          <TextInput
            label={t('portal.editor.fields.documentNumber')}
            maxLength={100}
            value={form.documentNumber ?? ''}
            onChange={(e) => set({ documentNumber: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('portal.editor.fields.documentDate')}
            value={form.documentDate ?? ''}
            onChange={(e) => set({ documentDate: e.currentTarget.value })}
          />
          <TextInput
            type="url"
            label={t('portal.editor.fields.sourceUrl')}
            maxLength={500}
            value={form.sourceUrl ?? ''}
            onChange={(e) => set({ sourceUrl: e.currentTarget.value })}
          />
        </Group>
      )}
      {kind === 'software' && (
        <TextInput
          label={t('portal.editor.fields.version')}
          maxLength={50}
          value={form.version ?? ''}
          onChange={(e) => set({ version: e.currentTarget.value })}
        />
      )}
      {(kind === 'software' || kind === 'training') && (
        <Stack gap={4}>
          <FileInput
            label={t('portal.editor.fields.file')}
            description={t('portal.editor.fileHelp')}
            clearable={false}
            onChange={upload}
            data-testid="portal-editor-file"
          />
          {file && (
            <Text size="xs" data-testid="portal-editor-file-info">
              {file.name} · <Code>{file.sha256}</Code>
            </Text>
          )}
        </Stack>
      )}
    </>
  );
}
