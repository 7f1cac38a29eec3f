import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../components/StateBadge.tsx';
import { printedDate } from '../../dates.ts';
import type { Application } from './web-declarant-api.ts';

const statusColors: Record<Application['status'], string> = { received: 'blue', issued: 'green', rejected: 'gray' };

/** Where an application stands against WD-26: its status, the letter's due day, and red when the week has passed. */
export function StatusBadges({
  application,
}: {
  application: Pick<Application, 'status' | 'overdue' | 'letterDueOn' | 'letterSentAt'>;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <StateBadge state={application.status} colors={statusColors} labels="webDeclarant.status" testId="wd-status" />
      {application.overdue ? (
        <Badge color="red" data-testid="wd-overdue">
          {t(application.letterSentAt ? 'webDeclarant.queue.sentLate' : 'webDeclarant.queue.overdue')}
        </Badge>
      ) : (
        !application.letterSentAt && (
          <Badge color="yellow" variant="light" data-testid="wd-due">
            {t('webDeclarant.queue.dueBy', { date: printedDate(application.letterDueOn) })}
          </Badge>
        )
      )}
    </Group>
  );
}
