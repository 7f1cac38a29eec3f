import { Code, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { textFields } from '../../../components/text-binding.ts';
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
  const field = textFields(form, set, {
    startsAt: t('portal.editor.fields.startsAt'),
    endsAt: t('portal.editor.fields.endsAt'),
    documentNumber: t('portal.editor.fields.documentNumber'),
    documentDate: t('portal.editor.fields.documentDate'),
    sourceUrl: t('portal.editor.fields.sourceUrl'),
    version: t('portal.editor.fields.version'),
  });
  return (
    <>
      {kind === 'notice' && (
        <Group grow align="flex-start">
          <TextInput type="datetime-local" required {...field('startsAt')} data-testid="portal-editor-starts" />
          <TextInput type="datetime-local" required {...field('endsAt')} data-testid="portal-editor-ends" />
        </Group>
      )}
      {kind === 'legal' && (
        <Group grow align="flex-start">
          <TextInput {...field('documentNumber', 100)} />
          <TextInput type="date" {...field('documentDate')} />
          <TextInput type="url" {...field('sourceUrl', 500)} />
        </Group>
      )}
      {kind === 'software' && <TextInput {...field('version', 50)} />}
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
