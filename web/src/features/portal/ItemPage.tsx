import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useLoad } from '../../use-load.ts';
import { FileDownload } from './FileDownload.tsx';
import { ItemFacts } from './ItemFacts.tsx';
import { inLanguage } from './localized.ts';
import { Markup } from './Markup.tsx';
import { getPublished, type ContentKind, type PortalItem } from './portal-api.ts';

/** One published item with its full text: a news item, a legal act, a training material. */
export function ItemPage({ kind, backTo, backLabel }: { kind: ContentKind; backTo: string; backLabel: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { slug = '' } = useParams();
  const [load, start] = useLoad<PortalItem>();
  useEffect(() => start(getPublished(kind, slug)), [start, kind, slug]);

  return (
    <Stack gap="md" py="xl" maw={860}>
      <Anchor component={Link} to={backTo} size="sm">
        {backLabel}
      </Anchor>
      {load.state === 'loading' && <Loader aria-label={t('portal.loading')} />}
      {load.state === 'failed' && <ServerRefusalAlert title={t('portal.failed')} error={load.error} />}
      {load.state === 'ready' && (
        <Stack gap="sm" data-testid="portal-item-page" data-slug={load.value.slug}>
          <Title order={1} data-testid="portal-item-title">
            {inLanguage(load.value.title, language)}
          </Title>
          <ItemFacts item={load.value} />
          {inLanguage(load.value.summary, language) && (
            <Text size="lg" c="dimmed">
              {inLanguage(load.value.summary, language)}
            </Text>
          )}
          <Markup source={inLanguage(load.value.body, language)} />
          {load.value.file && <FileDownload kind={kind} slug={load.value.slug} file={load.value.file} />}
        </Stack>
      )}
    </Stack>
  );
}
