import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Loaded } from '../../data/Loaded.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { classifierPath } from './paths.ts';
import { useClassifiers } from './queries.ts';

/** The classifiers the declarations are filled in by, each with how many entries it holds. */
export function ClassifiersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const classifiers = useClassifiers();
  return (
    <Page title={t('reference.classifiers.title')} lead={t('reference.classifiers.lead')} testId="classifiers-title">
      <Loaded query={classifiers} inline failedTitle={t('reference.classifiers.failed')}>
        {(summaries) => (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid="classifiers">
            {summaries.map((classifier) => (
              <Card
                key={classifier.name}
                withBorder
                padding="md"
                data-testid="classifier-card"
                data-name={classifier.name}
              >
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
      </Loaded>
    </Page>
  );
}
