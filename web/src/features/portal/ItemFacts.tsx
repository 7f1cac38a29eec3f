import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedDate, printedTime } from '../../dates.ts';
import type { PortalSummary } from './portal-api.ts';

/** The line under a title: when it was published, and what its kind adds (the act's number, the version, the window). */
export function ItemFacts({ item }: { item: PortalSummary }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Group gap="xs" wrap="wrap">
      {item.kind === 'notice' && item.startsAt && item.endsAt && (
        // Plain text rather than a badge: the window is long and must wrap on a phone.
        <Text size="sm" c="red.9" fw={600} data-testid="portal-notice-window">
          {t('portal.notice.window', {
            from: printedTime(item.startsAt, language),
            to: printedTime(item.endsAt, language),
          })}
        </Text>
      )}
      {item.kind === 'legal' && (item.documentNumber || item.documentDate) && (
        <Badge variant="light" data-testid="portal-legal-reference">
          {item.documentNumber && item.documentDate
            ? t('portal.legal.numberAndDate', { number: item.documentNumber, date: printedDate(item.documentDate) })
            : item.documentNumber
              ? t('portal.legal.number', { number: item.documentNumber })
              : t('portal.legal.date', { date: printedDate(item.documentDate) })}
        </Badge>
      )}
      {item.kind === 'software' && item.version && (
        <Badge variant="light">{t('portal.software.version', { version: item.version })}</Badge>
      )}
      {item.kind !== 'notice' && item.kind !== 'legal' && item.publishedAt && (
        <Text size="sm" c="dimmed">
          {printedDate(item.publishedAt)}
        </Text>
      )}
      {item.sourceUrl && (
        <Anchor href={item.sourceUrl} target="_blank" rel="noopener noreferrer" size="sm" data-testid="portal-source">
          {t('portal.legal.source')}
        </Anchor>
      )}
    </Group>
  );
}
