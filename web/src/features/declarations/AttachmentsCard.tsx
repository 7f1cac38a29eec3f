import { ActionIcon, Anchor, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await uploadAttachment(declarationId, file);
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    setFailure(undefined);
    try {
      await removeAttachment(declarationId, id);
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="attachments">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('declarations.attachments.title')}
          </Title>
          {editable && (
            <FileButton onChange={(file) => void upload(file)} accept={accepted}>
              {(props) => (
                <Button {...props} size="xs" variant="light" loading={busy} data-testid="attachment-add">
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
                onClick={() => void remove(attachment.id)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {failure !== undefined && <ServerRefusalAlert title={t('declarations.attachments.refused')} error={failure} />}
      </Stack>
    </Card>
  );
}
