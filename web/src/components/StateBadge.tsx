import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface StateBadgeProps<State extends string> {
  state: State;
  /** The colour of each state, so one look says where the thing stands. */
  colors: Record<State, string>;
  /** Where the states' names are in the catalogue: the badge says `<labels>.<state>`. */
  labels: string;
  testId: string;
  /** The data attribute browser tests read the state from. */
  attribute?: 'status' | 'state';
}

/** Where something stands (a declaration's status, an application's, the working copy's save), as a light badge. */
export function StateBadge<State extends string>({
  state,
  colors,
  labels,
  testId,
  attribute = 'status',
}: StateBadgeProps<State>) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="light" data-testid={testId} {...{ [`data-${attribute}`]: state }}>
      {t(`${labels}.${state}`)}
    </Badge>
  );
}
