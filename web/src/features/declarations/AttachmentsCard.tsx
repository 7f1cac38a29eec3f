import { ActionIcon, Anchor, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { type Attachment, attachmentUrl, removeAttachment, uploadAttachment } from './declarations-api.ts';

const accepted = 'application/pdf,image/jpeg,image/png';

/** Files attached to a draft (PDF and images, size and count bounded by the server). */
export function AttachmentsCard({
  declarationId,
  attachments,
  editable,
  onChanged,
}: {
  declarationId: string;
  attachments: readonly Attachment[];
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  // One action for both, so a new upload or removal clears the refusal of the one before.
  const change = useAction(async (_kind: 'upload' | 'remove', work: () => Promise<unknown>) => {
    await work();
    onChanged();
  });
  const upload = (file: File | null) => {
    if (file) void change.run('upload', () => uploadAttachment(declarationId, file));
  };
  const remove = (id: string) => void change.run('remove', () => removeAttachment(declarationId, id));
  const uploading = change.pending && change.args?.[0] === 'upload';

  return (
    <Card withBorder padding="md" data-testid="attachments">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('declarations.attachments.title')}
          </Title>
          {editable && (
            <FileButton onChange={upload} accept={accepted}>
              {(props) => (
                <Button {...props} size="xs" variant="light" loading={uploading} data-testid="attachment-add">
                  {t('declarations.attachments.add')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        {attachments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('declarations.attachments.none')}
          </Text>
        )}
        {attachments.map((attachment) => (
          <Group key={attachment.id} justify="space-between" data-testid="attachment">
            <Anchor href={attachmentUrl(declarationId, attachment.id)} size="sm">
              {attachment.name}
            </Anchor>
            {editable && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('declarations.attachments.remove')}
                onClick={() => remove(attachment.id)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {change.error !== undefined && (
          <ServerRefusalAlert title={t('declarations.attachments.refused')} error={change.error} />
        )}
      </Stack>
    </Card>
  );
}
