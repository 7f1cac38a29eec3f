import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../components/StateBadge.tsx';
import type { Channel, DeclarationStatus } from './officer-declaration.ts';

const statusColor: Record<DeclarationStatus, string> = {
  draft: 'gray',
  registered: 'blue',
  in_processing: 'indigo',
  correction_requested: 'orange',
  released: 'green',
  conditionally_released: 'teal',
  release_refused: 'red',
  withdrawn: 'gray',
  released_for_transit: 'cyan',
  arrived: 'grape',
  transit_completed: 'green',
  used: 'violet',
  closed: 'gray',
};

const channelColor: Record<Channel, string> = { green: 'green', yellow: 'yellow', red: 'red' };

/** Where a declaration stands in the status model (issue 6 point 10). */
export function StatusBadge({ status }: { status: DeclarationStatus }) {
  return (
    <StateBadge state={status} colors={statusColor} labels="officerDeclarations.status" testId="declaration-status" />
  );
}

/** The risk channel a declaration was routed to (ACC-17); not yet routed shows as such. */
export function ChannelBadge({ channel }: { channel: Channel | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={channel ? 'filled' : 'outline'}
      color={channel ? channelColor[channel] : 'gray'}
      data-testid="declaration-channel"
      data-channel={channel ?? 'none'}
    >
      {t(`officerDeclarations.channel.${channel ?? 'none'}`)}
    </Badge>
  );
}
