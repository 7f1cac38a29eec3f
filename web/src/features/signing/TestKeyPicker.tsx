import { Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignPurpose } from './signer.ts';
import type { TestKey } from './test-signer-api.ts';

const statusColor = { good: 'teal', expired: 'orange', revoked: 'red' } as const;

/** The test signer's stand-in for NCALayer's key window: only keys of the asked purpose are listed. */
export function TestKeyPicker({
  request,
  onChoose,
}: {
  request: { purpose: SignPurpose; keys: TestKey[] } | null;
  onChoose: (key: TestKey | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={request !== null}
      onClose={() => onChoose(null)}
      title={t('signing.picker.title')}
      size="lg"
      data-testid="test-key-picker"
    >
      {request && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(`signing.picker.lead.${request.purpose}`)}
          </Text>
          {request.keys.map((key) => (
            <Card
              key={key.id}
              withBorder
              padding="sm"
              data-testid={`test-key-${key.id}`}
              data-status={key.status}
              data-iin={key.iin}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Text fw={600}>{key.label}</Text>
                  {/* The server's label may already name the holder; say it once. */}
                  {!key.label.includes(key.commonName) && <Text size="sm">{key.commonName}</Text>}
                  {key.organization && <Text size="sm">{key.organization}</Text>}
                  <Text size="xs" c="dimmed">
                    {t('signing.picker.iin', { iin: key.iin })}
                    {key.bin ? ` · ${t('signing.picker.bin', { bin: key.bin })}` : ''}
                    {` · ${key.algorithm}`}
                  </Text>
                  <Group gap={4}>
                    <Badge size="sm" variant="light" color={statusColor[key.status]}>
                      {t(`signing.picker.status.${key.status}`)}
                    </Badge>
                    <Badge size="sm" variant="outline">
                      {t(`signing.purpose.${key.keyPurpose}`)}
                    </Badge>
                  </Group>
                </Stack>
                <Button size="xs" onClick={() => onChoose(key)} data-testid="test-key-choose">
                  {t('signing.picker.choose')}
                </Button>
              </Group>
            </Card>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onChoose(null)} data-testid="test-key-cancel">
              {t('signing.picker.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
