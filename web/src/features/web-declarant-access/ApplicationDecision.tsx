import { Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApproveOrRefuse } from '../../components/ApproveOrRefuse.tsx';
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
        <ApproveOrRefuse
          busy={busy}
          approve={{ label: t('webDeclarant.application.issue'), onApprove: onIssue, testId: 'wd-issue' }}
          reason={{
            text: reason,
            onText: setReason,
            label: t('webDeclarant.application.reason'),
            maxLength: 2000,
            testId: 'wd-reason',
          }}
          refuse={{ label: t('webDeclarant.application.reject'), onRefuse: onReject, testId: 'wd-reject' }}
        />
      </Stack>
    </Card>
  );
}
