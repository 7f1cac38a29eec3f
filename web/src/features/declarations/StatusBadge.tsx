import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationStatus } from './declarations-api.ts';

const colors: Record<DeclarationStatus, string> = {
  draft: 'gray',
  registered: 'blue',
  in_processing: 'indigo',
  correction_requested: 'orange',
  registration_refused: 'red',
  released: 'teal',
  conditionally_released: 'lime',
  release_refused: 'red',
  withdrawn: 'dark',
};

export function StatusBadge({ status }: { status: DeclarationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" data-testid="declaration-status" data-status={status}>
      {t(`declarations.statuses.${status}`)}
    </Badge>
  );
}
