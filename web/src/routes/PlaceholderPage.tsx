import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Stands in for a section whose capability has not been built yet. */
export function PlaceholderPage({ section }: { section: string }) {
  const { t } = useTranslation();
  return (
    <Stack py="xl" gap="sm">
      <Title order={1}>{t(`nav.${section}`)}</Title>
      <Title order={2} size="h4" c="dimmed">
        {t('placeholder.title')}
      </Title>
      <Text>{t('placeholder.text')}</Text>
    </Stack>
  );
}
