import { Alert, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../data/use-action.ts';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { endSession } from './account-api.ts';
import { EndSessionButton } from './EndSessionButton.tsx';
import { formatInstant } from './format.ts';
import { accountKeys, useSessionEndReported, useSessions } from './queries.ts';

/** The account's live sessions, one per workplace (WD-21, WD-22): ending one frees its seat. */
export function SessionsCard() {
  const { t } = useTranslation();
  const { data: list, error: loadFailure } = useSessions();
  const ending = useAction(endSession, [accountKeys.sessions]);
  useSessionEndReported(ending.error);
  const failure = ending.error ?? loadFailure;

  return (
    <Card withBorder padding="lg" data-testid="cabinet-sessions">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('account.sessions.title')}
          </Title>
          {list && (
            <Text size="sm" c="dimmed" data-testid="cabinet-workplaces">
              {t('account.sessions.workplaces', { used: list.sessions.length, total: list.workplaces })}
            </Text>
          )}
        </Group>
        {!list && !failure && <Loader size="sm" />}
        {failure && <SigningErrorAlert error={failure} />}
        {list?.sessions.map((session) => (
          <Card key={session.id} withBorder padding="sm" data-testid="session-row" data-current={session.current}>
            <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t(`account.sessions.method.${session.method}`)}
                  </Text>
                  {session.current && (
                    <Badge size="sm" color="teal" variant="light">
                      {t('account.sessions.current')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('account.sessions.times', {
                    started: formatInstant(session.createdAt),
                    seen: formatInstant(session.lastSeenAt),
                    ends: formatInstant(session.expiresAt),
                  })}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {[session.ip, session.userAgent].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
              {!session.current && (
                <EndSessionButton sessionId={session.id} ending={ending} testId="session-end">
                  {t('account.sessions.end')}
                </EndSessionButton>
              )}
            </Group>
          </Card>
        ))}
        {list && list.sessions.length >= list.workplaces && list.workplaces > 1 && (
          <Alert color="orange">{t('account.sessions.full')}</Alert>
        )}
      </Stack>
    </Card>
  );
}
