import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedDate } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { plainNumber } from './decimals.ts';
import { rateWords } from './rate-words.ts';
import type { Rate, RatesAtDate } from './rates-api.ts';

const dutyKinds = ['excise', 'antiDumping', 'countervailing', 'special'] as const;

/** Every rate that applies to a code on the date: import duty, excise, trade-defence duties and VAT. */
export function RatesView({ rates, date }: { rates: RatesAtDate | null; date: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="rates" data-date={date}>
      <Title order={2} size="h3">
        {t('reference.rates.title', { date: printedDate(date) })}
      </Title>
      {rates === null ? (
        <Text c="dimmed" data-testid="rates-none">
          {t('reference.rates.none')}
        </Text>
      ) : (
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={{ base: 140, sm: 260 }}>{t('reference.rates.importDuty')}</Table.Th>
              <Table.Td data-testid="rate-import-duty">
                {rates.importDuty ? (
                  <RateLine rate={rates.importDuty} />
                ) : (
                  <Text c="dimmed">{t('reference.rates.notSet')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
            {dutyKinds.map(
              (kind) =>
                rates[kind].length > 0 && (
                  <Table.Tr key={kind}>
                    <Table.Th>{t(`reference.rates.${kind}`)}</Table.Th>
                    <Table.Td data-testid={`rate-${kind}`}>
                      <Stack gap={4}>
                        {rates[kind].map((rate, index) => (
                          <RateLine key={index} rate={rate} />
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ),
            )}
            <Table.Tr>
              <Table.Th>{t('reference.rates.vat')}</Table.Th>
              <Table.Td data-testid="rate-vat">
                {rates.vat ? (
                  <Group gap="xs">
                    <Text fw={600}>{`${plainNumber(rates.vat.percent)} %`}</Text>
                    <Text size="sm" c="dimmed">
                      {t('reference.rates.validFrom', { date: printedDate(rates.vat.validFrom) })}
                    </Text>
                  </Group>
                ) : (
                  <Text c="dimmed">{t('reference.rates.notSet')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** One rate: in words, the origin it is limited to, its validity and the tariff's text it came from. */
function RateLine({ rate }: { rate: Rate }) {
  const { t } = useTranslation();
  const amountOf = usePrintedAmount();
  const words = rateWords(rate, t, amountOf);
  return (
    <Stack gap={0}>
      <Group gap="xs">
        <Text fw={600} data-testid="rate-words">
          {words}
        </Text>
        {rate.origin && (
          <Badge variant="light" color="orange" data-testid="rate-origin">
            {t('reference.rates.origin', { origin: rate.origin })}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {rate.validTo
          ? t('reference.rates.validRange', { from: printedDate(rate.validFrom), to: printedDate(rate.validTo) })
          : t('reference.rates.validFrom', { date: printedDate(rate.validFrom) })}
        {saysMore(rate.text, words) ? ` · ${t('reference.rates.tariffText', { text: rate.text })}` : ''}
      </Text>
    </Stack>
  );
}

/** The tariff's own text is worth showing beside the words only when it is more than their spacing apart. */
function saysMore(text: string, words: string): boolean {
  const bare = (value: string) => value.replace(/\s+/g, '').toLowerCase();
  return text !== '' && bare(text) !== bare(words);
}
