import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../components/Choice.tsx';
import { NcaLayerGuide } from './NcaLayerGuide.tsx';
import { StoragePicker } from './StoragePicker.tsx';
import { useSigner } from './signer-context.ts';

const statusColor = { unknown: 'gray', checking: 'gray', running: 'teal', not_running: 'orange' } as const;

/** Which signer is in use, NCALayer's state, and what to do when it is not running. */
export function SignerPanel() {
  const narrow = useMediaQuery('(max-width: 30em)') ?? false;
  const { t } = useTranslation();
  const { kind, choose, ncaLayer, testKeys, check } = useSigner();

  // Look for NCALayer (and the test signer) once a page that signs is shown.
  useEffect(() => {
    if (ncaLayer === 'unknown') check();
  }, [ncaLayer, check]);

  return (
    <Card withBorder padding="lg" data-testid="signer-panel" data-kind={kind}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('signing.panel.title')}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('signing.ncalayer.name')}:
            </Text>
            <Badge color={statusColor[ncaLayer]} variant="light" data-testid="ncalayer-status" data-status={ncaLayer}>
              {t(`signing.ncalayer.status.${ncaLayer}`)}
            </Badge>
          </Group>
        </Group>
        {testKeys && (
          <Choice
            // Stacked on narrow screens: side by side, the two long labels were cut off on a phone.
            orientation={narrow ? 'vertical' : 'horizontal'}
            fullWidth
            value={kind}
            onChange={choose}
            options={{ ncalayer: t('signing.choice.ncalayer'), test: t('signing.choice.test') }}
            data-testid="signer-choice"
          />
        )}
        {kind === 'ncalayer' && ncaLayer === 'not_running' && (
          <NcaLayerGuide
            testSignerAvailable={testKeys !== null}
            onRetry={check}
            onUseTestSigner={() => choose('test')}
          />
        )}
        {kind === 'ncalayer' && ncaLayer === 'running' && (
          <>
            <Text size="sm" data-testid="ncalayer-ready">
              {t('signing.ncalayer.ready')}
            </Text>
            <StoragePicker />
          </>
        )}
        {kind === 'test' && (
          <Alert color="grape" title={t('signing.testSigner.title')} data-testid="test-signer-note">
            {t('signing.testSigner.text')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
