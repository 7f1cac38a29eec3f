import { Anchor, Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { useLoad } from '../../use-load.ts';
import { fetchClassifiers, type ClassifierSummary } from './classifiers-api.ts';
import { classifierPath } from './paths.ts';

/** The classifiers the declarations are filled in by, each with how many entries it holds. */
export function ClassifiersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [load, start] = useLoad<ClassifierSummary[]>();
  useEffect(() => start(fetchClassifiers()), [start]);
  return (
    <Stack gap="lg" py="xl">
      <Stack gap="xs">
        <Title order={1} data-testid="classifiers-title">
          {t('reference.classifiers.title')}
        </Title>
        <Text maw={760}>{t('reference.classifiers.lead')}</Text>
      </Stack>
      {load.state === 'loading' && <Loader size="sm" />}
      {load.state === 'failed' && <ServerRefusalAlert title={t('reference.classifiers.failed')} error={load.error} />}
      {load.state === 'ready' && (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid="classifiers">
          {load.value.map((classifier) => (
            <Card key={classifier.name} withBorder padding="md" data-testid="classifier-card" data-name={classifier.name}>
              <Anchor component={Link} to={classifierPath(classifier.name)} fw={600} data-testid="classifier-link">
                {classifier.title[language]}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('reference.classifiers.count', { number: classifier.count })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
