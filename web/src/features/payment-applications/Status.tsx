import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedDate } from '../../dates.ts';
import type { ApplicationView } from './applications-api.ts';

const colours = { pending: 'yellow', granted: 'green', refused: 'red' } as const;

export function StatusBadge({ status }: { status: ApplicationView['status'] }) {
  const { t } = useTranslation();
  return <Badge color={colours[status]}>{t(`paymentApplications.statuses.${status}`)}</Badge>;
}

/** The decision as the payer and the officer read it: the schedule granted, or why it was refused. */
export function DecisionSummary({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const decision = application.decision;
  if (!decision) return null;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {t('paymentApplications.list.decidedAt', {
          date: printedDate(decision.decidedAt.slice(0, 10)),
          office: decision.officeCode,
        })}
      </Text>
      {decision.schedule?.map((part) => (
        <Text key={part.dueDate} size="xs">
          {t('paymentApplications.list.part', { date: printedDate(part.dueDate), amount: part.amount })}
        </Text>
      ))}
      {decision.reason && <Text size="xs">{decision.reason}</Text>}
    </Stack>
  );
}
