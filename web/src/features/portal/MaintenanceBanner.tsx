import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedTime } from '../../dates.ts';
import { inLanguage } from './localized.ts';
import { useActiveNotices } from './queries.ts';

/** Maintenance under way, on every page (ACC-13); nothing at all when there is none or the server cannot say. */
export function MaintenanceBanner() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const notices = useActiveNotices().data?.items ?? [];

  if (notices.length === 0) return null;
  return (
    <Stack gap="xs" pt="md" data-testid="maintenance-banner">
      {notices.map((notice) => (
        <Alert
          key={notice.slug}
          color="orange"
          variant="light"
          title={inLanguage(notice.title, language)}
          data-testid="maintenance-notice"
          data-slug={notice.slug}
        >
          {inLanguage(notice.summary, language) && <Text size="sm">{inLanguage(notice.summary, language)}</Text>}
          {notice.endsAt && (
            <Text size="xs" c="dimmed">
              {t('portal.notice.until', { time: printedTime(notice.endsAt, language) })}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
