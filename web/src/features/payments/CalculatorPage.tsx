import {
  ActionIcon,
  Button,
  Card,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { almatyToday } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import {
  type CalculatorDraft,
  type Channel,
  emptyItem,
  type ItemDraft,
  maxItems,
  newDraft,
  type Procedure,
  requestOf,
} from './calculator-draft.ts';
import { type Calculation, calculatePayments } from './payments-api.ts';

/**
 * The public calculator of customs payments (ACC-10, ACC-20): what goods would owe on a date —
 * import duty, excise, VAT, fees, or the unified rate for goods for personal use — each line with
 * how it was reached. No log-in: anyone estimates before declaring.
 */
export function CalculatorPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CalculatorDraft>(() => newDraft(almatyToday()));
  const calculation = useAction(calculatePayments);
  const change = (patch: Partial<CalculatorDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const changeItem = (index: number, patch: Partial<ItemDraft>) =>
    setDraft((d) => ({ ...d, items: d.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void calculation.run(requestOf(draft));
  };

  return (
    <Page title={t('payments.calculator.title')} lead={t('payments.calculator.lead')} testId="calculator-title">
      <Card withBorder component="form" onSubmit={submit}>
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <DayInput
              label={t('payments.calculator.date')}
              {...typed(draft.date, (date) => change({ date }))}
              required
              data-testid="calculator-date"
            />
            {/* Radios, not a segmented control: the procedures' names are long and must fit a phone. */}
            <Radio.Group
              label={t('payments.calculator.procedure')}
              value={draft.procedure}
              onChange={(procedure) => change({ procedure: procedure as Procedure })}
              data-testid="calculator-procedure"
            >
              <Stack gap={6} mt={4}>
                <Radio value="40" label={t('payments.calculator.procedures.import')} />
                <Radio value="personal-use" label={t('payments.calculator.procedures.personalUse')} />
              </Stack>
            </Radio.Group>
            {draft.procedure === 'personal-use' && (
              <Select
                label={t('payments.calculator.channel')}
                value={draft.channel}
                onChange={(channel) => channel && change({ channel: channel as Channel })}
                allowDeselect={false}
                data={(['post', 'air-baggage', 'other-baggage'] as const).map((value) => ({
                  value,
                  label: t(`payments.calculator.channels.${value}`),
                }))}
                data-testid="calculator-channel"
              />
            )}
          </Group>
          {draft.items.map((item, index) => (
            <ItemFields
              key={index}
              number={index + 1}
              item={item}
              claimsPreferences={draft.procedure === '40'}
              onChange={(patch) => changeItem(index, patch)}
              onRemove={
                draft.items.length > 1 ? () => change({ items: draft.items.filter((_, i) => i !== index) }) : undefined
              }
            />
          ))}
          <Group>
            <Button
              variant="default"
              disabled={draft.items.length >= maxItems}
              onClick={() => change({ items: [...draft.items, { ...emptyItem }] })}
              data-testid="calculator-add-item"
            >
              {t('payments.calculator.addItem')}
            </Button>
            <Button type="submit" loading={calculation.pending} data-testid="calculator-submit">
              {t('payments.calculator.calculate')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {calculation.error !== undefined && (
        <ServerRefusalAlert title={t('payments.calculator.failed')} error={calculation.error} />
      )}
      {calculation.value && <CalculationResult calculation={calculation.value} />}
    </Page>
  );
}

function ItemFields({
  number,
  item,
  claimsPreferences,
  onChange,
  onRemove,
}: {
  number: number;
  item: ItemDraft;
  /** box 36 is a goods declaration's: goods for personal use claim no preferences */
  claimsPreferences: boolean;
  onChange: (patch: Partial<ItemDraft>) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const field = (name: keyof ItemDraft, maxLength: number) => ({
    label: t(`payments.calculator.item.${name}`),
    ...typed(item[name], (value) => onChange({ [name]: value })),
    maxLength,
    'data-testid': `calculator-item-${number}-${name}`,
  });
  return (
    <Card withBorder padding="sm" data-testid="calculator-item">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('payments.calculator.item.title', { number })}</Text>
        {onRemove && (
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('payments.calculator.removeItem')}>
            ×
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput {...field('hsCode', 20)} description={t('payments.calculator.item.hsCodeHint')} required />
        <TextInput {...field('originCountry', 2)} required />
        <TextInput {...field('invoiceValue', 24)} inputMode="decimal" required />
        <TextInput {...field('currency', 3)} required />
        <TextInput {...field('netMassKg', 24)} inputMode="decimal" required />
        <TextInput {...field('quantity', 24)} inputMode="decimal" />
        <TextInput {...field('unit', 3)} description={t('payments.calculator.item.unitHint')} />
        {claimsPreferences && (
          <TextInput {...field('preference', 16)} description={t('payments.calculator.item.preferenceHint')} />
        )}
      </SimpleGrid>
    </Card>
  );
}

function CalculationResult({ calculation }: { calculation: Calculation }) {
  const { t } = useTranslation();
  const amountOf = usePrintedAmount();
  return (
    <Card withBorder data-testid="calculator-result">
      <Stack>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments.calculator.result.item')}</Table.Th>
                <Table.Th>{t('payments.calculator.result.type')}</Table.Th>
                <Table.Th>{t('payments.calculator.result.base')}</Table.Th>
                <Table.Th>{t('payments.calculator.result.rate')}</Table.Th>
                <Table.Th ta="right">{t('payments.calculator.result.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calculation.lines.map((line) => (
                <Table.Tr key={`${line.item ?? 'all'}-${line.paymentType}`} data-testid="calculator-line">
                  <Table.Td>{line.item ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {line.paymentType}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {line.explanation}
                    </Text>
                  </Table.Td>
                  <Table.Td>{amountOf(line.base)}</Table.Td>
                  <Table.Td>{line.rate}</Table.Td>
                  <Table.Td ta="right">{amountOf(line.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {Object.entries(calculation.totals)
              .map(([type, amount]) => `${type}: ${amountOf(amount)}`)
              .join(' · ')}
          </Text>
          <Text fw={700} data-testid="calculator-total">
            {t('payments.calculator.result.total', { amount: calculation.total })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
