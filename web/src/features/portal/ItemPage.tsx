import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loaded } from '../../data/Loaded.tsx';
import { FileDownload } from './FileDownload.tsx';
import { ItemFacts } from './ItemFacts.tsx';
import { inLanguage } from './localized.ts';
import { Markup } from './Markup.tsx';
import type { ContentKind } from './portal-api.ts';
import { usePublishedItem } from './queries.ts';

/** One published item with its full text: a news item, a legal act, a training material. */
export function ItemPage({ kind, backTo, backLabel }: { kind: ContentKind; backTo: string; backLabel: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { slug = '' } = useParams();
  const query = usePublishedItem(kind, slug);

  return (
    <Stack gap="md" py="xl" maw={860}>
      <Anchor component={Link} to={backTo} size="sm">
        {backLabel}
      </Anchor>
      <Loaded query={query} loadingLabel={t('portal.loading')} failedTitle={t('portal.failed')}>
        {(item) => (
          <Stack gap="sm" data-testid="portal-item-page" data-slug={item.slug}>
            <Title order={1} data-testid="portal-item-title">
              {inLanguage(item.title, language)}
            </Title>
            <ItemFacts item={item} />
            {inLanguage(item.summary, language) && (
              <Text size="lg" c="dimmed">
                {inLanguage(item.summary, language)}
              </Text>
            )}
            <Markup source={inLanguage(item.body, language)} />
            {item.file && <FileDownload kind={kind} slug={item.slug} file={item.file} />}
          </Stack>
        )}
      </Loaded>
    </Stack>
  );
}
