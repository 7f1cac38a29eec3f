import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedDate } from '../../dates.ts';
import type { Application } from './web-declarant-api.ts';

/** Where an application stands against WD-26: its status, the letter's due day, and red when the week has passed. */
export function StatusBadges({
  application,
}: {
  application: Pick<Application, 'status' | 'overdue' | 'letterDueOn' | 'letterSentAt'>;
}) {
  const { t } = useTranslation();
  const color = { received: 'blue', issued: 'green', rejected: 'gray' }[application.status];
  return (
    <Group gap={4}>
      <Badge variant="light" color={color} data-testid="wd-status" data-status={application.status}>
        {t(`webDeclarant.status.${application.status}`)}
      </Badge>
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
