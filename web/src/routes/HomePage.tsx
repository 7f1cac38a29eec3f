import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomePortal } from '../features/portal/HomePortal.tsx';
import { SystemStatus } from '../features/system/SystemStatus.tsx';
import { signatureVerifyPath } from '../navigation.ts';

const features = ['declare', 'reference', 'payments'] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" py="xl">
      <Stack gap="sm">
        <Text c="dimmed" fw={600} tt="uppercase" size="sm">
          {t('app.tagline')}
        </Text>
        <Title order={1} data-testid="home-title">
          {t('home.title')}
        </Title>
        <Text size="lg" maw={760}>
          {t('home.lead')}
        </Text>
        <SystemStatus />
        <Anchor component={Link} to={signatureVerifyPath} size="sm" data-testid="home-verify-link">
          {t('home.verifyLink')}
        </Anchor>
      </Stack>
      <HomePortal />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {features.map((feature) => (
          <Card key={feature} withBorder padding="lg">
            <Title order={3} size="h4" mb="xs">
              {t(`home.features.${feature}.title`)}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`home.features.${feature}.text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
