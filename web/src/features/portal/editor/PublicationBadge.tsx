import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminItem } from '../portal-api.ts';

/** Whether an item of the portal is out for everyone or still a draft. */
export function PublicationBadge({
  status,
  variant,
  testId,
}: {
  status: AdminItem['status'];
  variant?: 'light';
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === 'published' ? 'green' : 'gray'}
      variant={variant}
      data-testid={testId}
      data-status={testId ? status : undefined}
    >
      {t(`portal.status.${status}`)}
    </Badge>
  );
}
