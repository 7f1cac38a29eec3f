import { Card, SimpleGrid, Text } from '@mantine/core';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { typed } from '../../components/text-binding.ts';
import type { Period } from './advance-account-api.ts';

/*
 * The parts of an advance account's page the payer's cabinet and the officer's read of it share
 * (ACC-14): its three balances, and the period of days its postings are shown for.
 */

/** Available, reserved and total money, each in its own card; test ids `${prefix}balance-available` etc. */
export function BalanceFigures({
  balance,
  testId,
  prefix = '',
}: {
  balance: { available: string; reserved: string; total: string };
  testId: string;
  prefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid={testId}>
      <Figure
        label={t('payments.account.available')}
        amount={balance.available}
        testId={`${prefix}balance-available`}
      />
      <Figure label={t('payments.account.reserved')} amount={balance.reserved} testId={`${prefix}balance-reserved`} />
      <Figure label={t('payments.account.total')} amount={balance.total} testId={`${prefix}balance-total`} />
    </SimpleGrid>
  );
}

function Figure({ label, amount, testId }: { label: string; amount: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {t('payments.account.tenge', { amount })}
      </Text>
    </Card>
  );
}

/** The first and last day of the period; with `testIdPrefix`, test ids `${prefix}period-from` and `-to`. */
export function PeriodFields({
  period,
  setPeriod,
  testIdPrefix,
}: {
  period: Period;
  setPeriod: Dispatch<SetStateAction<Period>>;
  testIdPrefix?: string;
}) {
  const { t } = useTranslation();
  const id = (end: 'from' | 'to') => (testIdPrefix ? { 'data-testid': `${testIdPrefix}period-${end}` } : {});
  return (
    <>
      <DayInput
        label={t('payments.account.from')}
        {...typed(period.from, (from) => setPeriod((p) => ({ ...p, from })))}
        {...id('from')}
      />
      <DayInput
        label={t('payments.account.to')}
        {...typed(period.to, (to) => setPeriod((p) => ({ ...p, to })))}
        {...id('to')}
      />
    </>
  );
}
