import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonedRefusal } from '../../components/ReasonedRefusal.tsx';
import type { Application } from './web-declarant-api.ts';

/** The officer's decision on an application received: issue the login (WD-20), or refuse it with a reason. */
export function ApplicationDecision({
  application,
  busy,
  onIssue,
  onReject,
}: {
  application: Application;
  busy: boolean;
  onIssue: () => void;
  onReject: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Text>{t('webDeclarant.application.issueHint', { workplaces: application.workplaces })}</Text>
        <Group>
          <Button onClick={onIssue} loading={busy} data-testid="wd-issue">
            {t('webDeclarant.application.issue')}
          </Button>
        </Group>
        <ReasonedRefusal
          reason={reason}
          onReason={setReason}
          reasonLabel={t('webDeclarant.application.reason')}
          maxLength={2000}
          busy={busy}
          onRefuse={onReject}
          testIds={{ reason: 'wd-reason', refuse: 'wd-reject' }}
        >
          {t('webDeclarant.application.reject')}
        </ReasonedRefusal>
      </Stack>
    </Card>
  );
}
