import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedTime } from '../../dates.ts';
import { type Channel, channels, type Decision, type TimelineEvent } from './officer-declaration.ts';

const isChannel = (value: unknown): value is Channel => (channels as readonly unknown[]).includes(value);

/** The declaration's timeline (issue 6 point 10) and the officers' signed decisions with their reasons. */
export function HistoryView({
  timeline,
  decisions,
}: {
  timeline: readonly TimelineEvent[];
  decisions: readonly Decision[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Stack gap="lg">
      {decisions.length > 0 && (
        <Stack gap="xs" data-testid="decisions">
          {decisions.map((decision, index) => (
            <Stack key={index} gap={2} data-testid="decision" data-decision={decision.decision}>
              <Text fw={600}>{t(`officerDeclarations.decision.${decision.decision}`)}</Text>
              <Text size="xs" c="dimmed">
                {[
                  printedTime(decision.decidedAt, language),
                  decision.officeCode,
                  decision.automatic ? t('officerDeclarations.history.automatic') : decision.officerName,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {decision.reasonTexts.map((reason, line) => (
                <Text key={line} size="sm">
                  {reason}
                </Text>
              ))}
            </Stack>
          ))}
        </Stack>
      )}
      {timeline.length === 0 ? (
        <Text c="dimmed">{t('officerDeclarations.history.none')}</Text>
      ) : (
        <Timeline active={timeline.length - 1} bulletSize={14} lineWidth={2} data-testid="timeline">
          {timeline.map((event, index) => (
            <Timeline.Item
              key={index}
              title={
                event.toStatus
                  ? t(`officerDeclarations.status.${event.toStatus}`)
                  : t(`officerDeclarations.history.events.${event.event}`, {
                      defaultValue: t('declarations.timeline.event'),
                    })
              }
              data-testid="timeline-event"
              data-event={event.event}
            >
              <Text size="xs" c="dimmed">
                {[
                  printedTime(event.at, language),
                  t(`officerDeclarations.history.actor.${event.actorRole}`),
                  event.officeCode,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {event.event === 'risk_routed' && isChannel(event.details?.channel) && (
                <Text size="sm">
                  {t(`officerDeclarations.channel.${event.details.channel}`)}
                  {typeof event.details.profileName === 'string' ? ` · ${event.details.profileName}` : ''}
                </Text>
              )}
              {event.event === 'withdraw' && typeof event.details?.reason === 'string' && (
                <Text size="sm" data-testid="withdrawal-reason">
                  {t('officerDeclarations.history.withdrawalReason', { reason: event.details.reason })}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
