import { StateBadge } from '../../components/StateBadge.tsx';
import type { DeclarationStatus } from './declarations-api.ts';

const colors: Record<DeclarationStatus, string> = {
  draft: 'gray',
  registered: 'blue',
  in_processing: 'indigo',
  correction_requested: 'orange',
  released: 'teal',
  conditionally_released: 'lime',
  release_refused: 'red',
  withdrawn: 'dark',
  released_for_transit: 'cyan',
  arrived: 'grape',
  transit_completed: 'teal',
  used: 'violet',
  closed: 'dark',
};

export function StatusBadge({ status }: { status: DeclarationStatus }) {
  return <StateBadge state={status} colors={colors} labels="declarations.statuses" testId="declaration-status" />;
}
