import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';

type Status = 'checking' | 'ok' | 'down';

// the route's contract (and zod with it) comes after the first page, not in its script (issue 19 point 11)
const fetchHealth = async () => call((await import('@shekara/contracts/system')).systemRoutes.health);

/** Asks the server's /health, so a visitor sees at once whether filing will work. */
export function SystemStatus() {
  const { t } = useTranslation();
  // A server that does not answer is down now: asking twice would only keep the visitor waiting.
  const health = useQuery({ queryKey: ['system', 'health'], queryFn: fetchHealth, retry: false });
  const status: Status = health.isPending ? 'checking' : health.data?.status === 'ok' ? 'ok' : 'down';
  const version = health.data?.version;

  const color = { checking: 'gray', ok: 'teal', down: 'red' }[status];
  return (
    <Group gap="xs" data-testid="system-status" data-status={status}>
      <Text size="sm" c="dimmed">
        {t('home.statusLabel')}:
      </Text>
      <Badge color={color} variant="light">
        {t(`home.status.${status}`)}
      </Badge>
      {version && (
        <Text size="xs" c="dimmed">
          {t('home.version', { version })}
        </Text>
      )}
    </Group>
  );
}
