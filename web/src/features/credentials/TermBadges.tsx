import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedDate } from '../../dates.ts';
import type { RequestSummary } from './credentials-api.ts';

/** Where a request stands against its terms: late review or notice in red, a pending letter in yellow. */
export function TermBadges({ request }: { request: RequestSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge
        variant="light"
        color={request.status === 'approved' ? 'green' : request.status === 'rejected' ? 'gray' : 'blue'}
        data-testid="request-status"
      >
        {t(`credentials.status.${request.status}`)}
      </Badge>
      {request.reviewOverdue && (
        <Badge color="red" data-testid="review-overdue">
          {t('credentials.queue.reviewOverdue')}
        </Badge>
      )}
      {request.noticeOverdue && (
        <Badge color="red" data-testid="notice-overdue">
          {t('credentials.queue.noticeOverdue')}
        </Badge>
      )}
      {request.status !== 'submitted' && !request.noticeSentAt && !request.noticeOverdue && request.noticeDueOn && (
        <Badge color="yellow" variant="light">
          {t('credentials.queue.noticePending', { date: printedDate(request.noticeDueOn) })}
        </Badge>
      )}
    </Group>
  );
}
