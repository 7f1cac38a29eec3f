import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { classifiersPath, customsOfficesPath, exchangeRatesPath, tnvedPath } from './paths.ts';

const parts = [
  { key: 'tnved', path: tnvedPath },
  { key: 'customsOffices', path: customsOfficesPath },
  { key: 'classifiers', path: classifiersPath },
  { key: 'exchangeRates', path: exchangeRatesPath },
] as const;

/** The reference section's landing page: what every declarant needs daily (ACC-13), open to all (ACC-4). */
export function ReferencePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" py="xl">
      <Stack gap="xs">
        <Title order={1} data-testid="reference-title">
          {t('reference.landing.title')}
        </Title>
        <Text size="lg" maw={760}>
          {t('reference.landing.lead')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {parts.map((part) => (
          <Card key={part.key} withBorder padding="lg" data-testid={`reference-part-${part.key}`}>
            <Stack gap="xs">
              <Anchor component={Link} to={part.path} fw={700} size="lg" data-testid="reference-part-link">
                {t(`reference.landing.${part.key}.title`)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`reference.landing.${part.key}.text`)}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
