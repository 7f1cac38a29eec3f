import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';

/** NCALayer's page on the NCA RK site, where it is downloaded. */
export const ncaLayerDownloadUrl = 'https://pki.gov.kz/ncalayer/';

/** What to do when NCALayer does not answer: the steps, in the user's language. */
export function NcaLayerGuide({
  testSignerAvailable,
  onRetry,
  onUseTestSigner,
}: {
  testSignerAvailable: boolean;
  onRetry: () => void;
  onUseTestSigner: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('signing.ncalayer.notRunning.title')} data-testid="ncalayer-guide">
      <Text size="sm" mb="xs">
        {t('signing.ncalayer.notRunning.lead')}
      </Text>
      <List type="ordered" size="sm" spacing={4}>
        <List.Item>
          {/* The link sits where each language's word order puts it. */}
          <Trans
            i18nKey="signing.ncalayer.notRunning.install"
            components={{
              site: (
                <Anchor
                  inherit
                  href={ncaLayerDownloadUrl}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="ncalayer-download"
                />
              ),
            }}
          />
        </List.Item>
        <List.Item>{t('signing.ncalayer.notRunning.start')}</List.Item>
        <List.Item>{t('signing.ncalayer.notRunning.allow')}</List.Item>
        <List.Item>{t('signing.ncalayer.notRunning.reload')}</List.Item>
      </List>
      {testSignerAvailable && (
        <Text size="sm" mt="xs" data-testid="ncalayer-guide-test-signer">
          {t('signing.ncalayer.notRunning.testSigner')}
        </Text>
      )}
      <Group gap="xs" mt="sm">
        <Button size="xs" variant="light" onClick={onRetry} data-testid="ncalayer-retry">
          {t('signing.ncalayer.retry')}
        </Button>
        {testSignerAvailable && (
          <Button size="xs" variant="light" color="grape" onClick={onUseTestSigner} data-testid="use-test-signer">
            {t('signing.choice.useTest')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
