import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadedList } from '../../data/LoadedList.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { FileDownload } from './FileDownload.tsx';
import { ItemFacts } from './ItemFacts.tsx';
import { inLanguage } from './localized.ts';
import type { ContentKind } from './portal-api.ts';
import { usePublished } from './queries.ts';

/** Sections whose items have a page of their own; software is downloaded straight from the list. */
const withPages: readonly ContentKind[] = ['news', 'legal', 'training'];

/** One public section of the portal (ACC-13, WD-34): what is published in it, newest first. */
export function SectionPage({ kind, title, lead }: { kind: ContentKind; title: string; lead: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const load = mapLoad(loadOf(usePublished(kind, 100)), (answer) => answer.items);

  return (
    <Stack gap="lg" py="xl">
      <Stack gap="xs">
        <Title order={1} data-testid="portal-section-title">
          {title}
        </Title>
        <Text maw={760}>{lead}</Text>
        {kind === 'news' && (
          <Anchor href={`/news.atom?lang=${language ?? 'ru'}`} size="sm" data-testid="portal-news-feed">
            {t('portal.news.feed')}
          </Anchor>
        )}
      </Stack>
      <LoadedList
        load={load}
        loadingLabel={t('portal.loading')}
        failedTitle={t('portal.failed')}
        emptyText={t('portal.empty')}
      >
        {(items) =>
          items.map((item) => (
            <Card key={item.slug} withBorder padding="lg" data-testid="portal-item" data-slug={item.slug}>
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {withPages.includes(kind) ? (
                    <Anchor component={Link} to={`/${kind}/${item.slug}`} inherit data-testid="portal-item-link">
                      {inLanguage(item.title, language)}
                    </Anchor>
                  ) : (
                    inLanguage(item.title, language)
                  )}
                </Title>
                <ItemFacts item={item} />
                {inLanguage(item.summary, language) && <Text size="sm">{inLanguage(item.summary, language)}</Text>}
                {item.file && kind === 'software' && <FileDownload kind={kind} slug={item.slug} file={item.file} />}
                {item.file && kind !== 'software' && (
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {t('portal.file.attached', { name: item.file.name })}
                    </Text>
                  </Group>
                )}
              </Stack>
            </Card>
          ))
        }
      </LoadedList>
    </Stack>
  );
}
