import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { DateField } from './DateField.tsx';
import { withPlaces } from './decimals.ts';
import type { ExchangeRate } from './exchange-rates-api.ts';
import { useExchangeRates } from './queries.ts';
import { useReferenceDate } from './use-reference-date.ts';

const currencyCell = { ff: 'monospace', fw: 600 } as const;

/** The National Bank's rates in tenge at a chosen date: the latest published on or before it. */
export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const amountOf = usePrintedAmount();
  const language = currentLanguage();
  const [date, setDate] = useReferenceDate();
  const load = loadOf(useExchangeRates(date));
  const columns: Column<ExchangeRate>[] = [
    {
      key: 'currency',
      header: t('reference.exchangeRates.columns.currency'),
      cell: (rate) => rate.currency,
      td: () => currencyCell,
    },
    { key: 'name', header: t('reference.exchangeRates.columns.name'), cell: (rate) => rate.name?.[language] ?? '' },
    { key: 'units', header: t('reference.exchangeRates.columns.units'), cell: (rate) => rate.units, align: 'right' },
    {
      key: 'rate',
      header: t('reference.exchangeRates.columns.rate'),
      cell: (rate) => amountOf(withPlaces(rate.rate, 2)),
      align: 'right',
      td: () => ({ ff: 'monospace', 'data-testid': 'exchange-rate-value' }),
    },
    {
      key: 'change',
      header: t('reference.exchangeRates.columns.change'),
      cell: (rate) =>
        rate.change === null
          ? ''
          : // the National Bank writes a rise with its plus sign, which an amount does not carry
            rate.change.startsWith('+')
            ? `+${amountOf(withPlaces(rate.change.slice(1), 2))}`
            : amountOf(withPlaces(rate.change, 2)),
      align: 'right',
      td: (rate) => ({ ff: 'monospace', c: changeColour(rate.change) }),
    },
  ];
  const row = (rate: ExchangeRate) => ({
    key: rate.currency,
    'data-testid': 'exchange-rate',
    'data-currency': rate.currency,
  });

  return (
    <Page
      title={t('reference.exchangeRates.title')}
      lead={t('reference.exchangeRates.lead')}
      testId="exchange-rates-title"
    >
      <DateField label={t('reference.date.label')} value={date} onChange={setDate} testId="exchange-rates-date" />
      {load.state === 'loading' && <Loader size="sm" />}
      {load.state === 'failed' && <ServerRefusalAlert title={t('reference.exchangeRates.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.rates.length === 0 && (
        <Text c="dimmed" data-testid="exchange-rates-none">
          {t('reference.exchangeRates.none')}
        </Text>
      )}
      {load.state === 'ready' && load.value.rates.length > 0 && (
        <Stack gap="xs">
          {load.value.future && (
            <Alert color="orange" data-testid="exchange-rates-future">
              {t('reference.exchangeRates.future', {
                date: printedDate(load.value.date),
                published: printedDate(load.value.publishedOn),
              })}
            </Alert>
          )}
          <Group gap="md">
            <Text fw={600} data-testid="exchange-rates-heading">
              {load.value.future
                ? t('reference.exchangeRates.ratesPublished', { date: printedDate(load.value.publishedOn) })
                : t('reference.exchangeRates.ratesOn', { date: printedDate(load.value.date) })}
            </Text>
            {load.value.source && (
              <Text size="sm" c="dimmed">
                {t('reference.exchangeRates.source', { source: load.value.source })}
              </Text>
            )}
          </Group>
          <RowsTable
            rows={load.value.rates}
            columns={columns}
            row={row}
            minWidth={420}
            striped
            testId="exchange-rates"
          />
        </Stack>
      )}
    </Page>
  );
}

/** Green when the tenge bought more of the currency than the day before, red when less. */
function changeColour(change: string | null): string | undefined {
  if (!change || Number(change) === 0) return undefined;
  return Number(change) > 0 ? 'red' : 'green';
}
