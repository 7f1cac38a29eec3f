import { Badge, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemRoutes } from '@shekara/contracts/system';
import { call } from '../../api/client.ts';

type Status = 'checking' | 'ok' | 'down';

/** Asks the server's /health, so a visitor sees at once whether filing will work. */
export function SystemStatus() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('checking');
  const [version, setVersion] = useState<string>();

  useEffect(() => {
    let live = true;
    call(systemRoutes.health).then(
      (health) => {
        if (!live) return;
        setStatus(health.status === 'ok' ? 'ok' : 'down');
        setVersion(health.version);
      },
      () => live && setStatus('down'),
    );
    return () => {
      live = false;
    };
  }, []);

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
