import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomePortal } from '../features/portal/HomePortal.tsx';
import { tnvedPath } from '../features/reference/paths.ts';
import { SystemStatus } from '../features/system/SystemStatus.tsx';
import { loginPath, registerPath, signatureVerifyPath } from '../navigation.ts';

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
        {/* plain links, so they work in the page the server sends before any script has run */}
        <Group gap="sm" data-testid="home-actions">
          <Button component={Link} to={registerPath} data-testid="home-register">
            {t('home.actions.register')}
          </Button>
          <Button component={Link} to={loginPath} variant="default" data-testid="home-log-in">
            {t('home.actions.login')}
          </Button>
          <Button component={Link} to={tnvedPath} variant="subtle" data-testid="home-tnved">
            {t('home.actions.tnved')}
          </Button>
        </Group>
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
