import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { fetchHeldSessions } from './account-api.ts';
import { formatInstant } from './format.ts';
import type { HeldWorkplacesState } from './use-login.ts';

/**
 * Every workplace of the account is held, perhaps by a browser closed without logging out (issue
 * 19 point 4): the sessions holding them, shown by the release token the proven log-in was given,
 * each with "end this session and log in".
 */
export function HeldSessions({ workplaces }: { workplaces: HeldWorkplacesState }) {
  const { t } = useTranslation();
  const { token } = workplaces.release;
  const { data, error } = useQuery({
    queryKey: ['login', 'held-sessions', token],
    queryFn: () => fetchHeldSessions(token),
    retry: false,
    gcTime: 0,
  });

  return (
    <Card withBorder padding="lg" data-testid="held-sessions">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('account.login.held.title')}
        </Title>
        <Text size="sm">{t('account.login.held.lead')}</Text>
        {!data && !error && <Loader size="sm" />}
        {error && <SigningErrorAlert error={error} />}
        {data?.sessions.map((session) => (
          <Card key={session.id} withBorder padding="sm" data-testid="held-session">
            <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={600}>
                  {session.device ?? t('account.login.held.unknownDevice')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('account.login.held.times', {
                    started: formatInstant(session.createdAt),
                    seen: formatInstant(session.lastSeenAt),
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  {[t(`account.sessions.method.${session.method}`), session.ip].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
              <Button
                size="xs"
                color="red"
                variant="light"
                loading={workplaces.busy}
                onClick={() => workplaces.endAndEnter({ sessionId: session.id })}
                data-testid="held-session-end"
              >
                {t('account.login.held.end')}
              </Button>
            </Group>
          </Card>
        ))}
        {data && data.sessions.length > 1 && (
          <Group>
            <Button
              size="xs"
              color="red"
              variant="subtle"
              loading={workplaces.busy}
              onClick={() => workplaces.endAndEnter({ all: true })}
              data-testid="held-session-end-all"
            >
              {t('account.login.held.endAll')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
