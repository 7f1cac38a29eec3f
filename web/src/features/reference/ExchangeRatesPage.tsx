import { Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { DateField } from './DateField.tsx';
import { withPlaces } from './decimals.ts';
import { useExchangeRates } from './queries.ts';
import { useReferenceDate } from './use-reference-date.ts';

/** The National Bank's rates in tenge at a chosen date: the latest published on or before it. */
export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [date, setDate] = useReferenceDate();
  const load = loadOf(useExchangeRates(date));

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
          <Group gap="md">
            <Text fw={600}>{t('reference.exchangeRates.ratesOn', { date: printedDate(load.value.date) })}</Text>
            {load.value.source && (
              <Text size="sm" c="dimmed">
                {t('reference.exchangeRates.source', { source: load.value.source })}
              </Text>
            )}
          </Group>
          <Table.ScrollContainer minWidth={420}>
            <Table striped data-testid="exchange-rates">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reference.exchangeRates.columns.currency')}</Table.Th>
                  <Table.Th>{t('reference.exchangeRates.columns.name')}</Table.Th>
                  <Table.Th ta="right">{t('reference.exchangeRates.columns.units')}</Table.Th>
                  <Table.Th ta="right">{t('reference.exchangeRates.columns.rate')}</Table.Th>
                  <Table.Th ta="right">{t('reference.exchangeRates.columns.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {load.value.rates.map((rate) => (
                  <Table.Tr key={rate.currency} data-testid="exchange-rate" data-currency={rate.currency}>
                    <Table.Td ff="monospace" fw={600}>
                      {rate.currency}
                    </Table.Td>
                    <Table.Td>{rate.name?.[language] ?? ''}</Table.Td>
                    <Table.Td ta="right">{rate.units}</Table.Td>
                    <Table.Td ta="right" ff="monospace" data-testid="exchange-rate-value">
                      {withPlaces(rate.rate, 2)}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" c={changeColour(rate.change)}>
                      {rate.change === null ? '' : withPlaces(rate.change, 2)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
