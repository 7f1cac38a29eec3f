import { Anchor, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSection } from '../../components/PageSection.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { ItemFacts } from './ItemFacts.tsx';
import { inLanguage } from './localized.ts';
import { newsItemPath, newsPath } from './paths.ts';
import { usePublished } from './queries.ts';

/** On the home page: the latest news (WD-34) and the maintenance announced or under way. */
export function HomePortal() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const news = loadOf(usePublished('news', 3));
  const notices = loadOf(usePublished('notice', 5));

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="sm" data-testid="home-news">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('portal.home.news')}
            </Title>
            <SmallLink to={newsPath}>{t('portal.home.allNews')}</SmallLink>
          </Group>
          {news.state === 'ready' && news.value.items.length === 0 && <Text c="dimmed">{t('portal.empty')}</Text>}
          {news.state === 'ready' &&
            news.value.items.map((item) => (
              <Card key={item.slug} withBorder padding="md" data-testid="home-news-item" data-slug={item.slug}>
                <Text size="xs" c="dimmed">
                  {printedDate(item.publishedAt)}
                </Text>
                <Anchor component={Link} to={newsItemPath(item.slug)} fw={600}>
                  {inLanguage(item.title, language)}
                </Anchor>
                {inLanguage(item.summary, language) && (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {inLanguage(item.summary, language)}
                  </Text>
                )}
              </Card>
            ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <PageSection title={t('portal.home.notices')} gap="sm" testId="home-notices">
          {notices.state === 'ready' && notices.value.items.length === 0 && (
            <Text c="dimmed">{t('portal.home.noNotices')}</Text>
          )}
          {notices.state === 'ready' &&
            notices.value.items.map((item) => (
              <Card key={item.slug} withBorder padding="md" data-testid="home-notice" data-slug={item.slug}>
                <Text fw={600}>{inLanguage(item.title, language)}</Text>
                <ItemFacts item={item} />
                {inLanguage(item.summary, language) && <Text size="sm">{inLanguage(item.summary, language)}</Text>}
              </Card>
            ))}
        </PageSection>
      </Grid.Col>
    </Grid>
  );
}
