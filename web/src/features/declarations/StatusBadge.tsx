import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../components/StateBadge.tsx';
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
    <StateBadge
      state={status}
      colors={colors}
      label={t(`declarations.statuses.${status}`)}
      testId="declaration-status"
    />
  );
}
