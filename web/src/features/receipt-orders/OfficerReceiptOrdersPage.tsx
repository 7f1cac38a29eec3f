import { ActionIcon, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DayInput } from '../../components/DayInput.tsx';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { loadOf, mapLoad } from '../../data/load.ts';
import { useAction } from '../../data/use-action.ts';
import { almatyToday } from '../../dates.ts';
import { emptyItem, type ItemDraft } from '../payments/calculator-draft.ts';
import { type IssueDraft, issueRequestOf, newIssueDraft } from './issue-form.ts';
import { officerReceiptOrderPath } from './paths.ts';
import { useReceiptOrderColumns } from './ReceiptOrderColumns.tsx';
import { fetchOfficerReceiptOrders, issueReceiptOrder } from './receipt-orders-api.ts';

/** A parcel or one person's baggage: as many items as the server takes. */
const maxItems = 100;
const channels = ['post', 'air-baggage', 'other-baggage'] as const;

/**
 * The officer's customs receipt orders (ACC-20): issue a ТПО for goods for personal use at their
 * body for a recipient individual, and the ТПО of the bodies in their scope.
 */
export function OfficerReceiptOrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<IssueDraft>(() => newIssueDraft(almatyToday()));
  const list = useQuery({ queryKey: ['receipt-orders', 'office'], queryFn: fetchOfficerReceiptOrders });
  const issue = useAction(issueReceiptOrder, [['receipt-orders']]);
  const columns = useReceiptOrderColumns(officerReceiptOrderPath);
  const change = (patch: Partial<IssueDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const changeItem = (index: number, patch: Partial<ItemDraft>) =>
    setDraft((d) => ({ ...d, items: d.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await issue.run(issueRequestOf(draft));
    if (answer) void navigate(officerReceiptOrderPath(answer.receiptOrder.id));
  };

  return (
    <Page
      title={t('receiptOrders.officer.title')}
      lead={t('receiptOrders.officer.lead')}
      testId="officer-receipt-orders-title"
    >
      <Card withBorder component="form" onSubmit={submit} data-testid="receipt-order-form">
        <Stack>
          <Title order={3} size="h4">
            {t('receiptOrders.officer.issue')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput
              label={t('receiptOrders.officer.recipientIin')}
              {...typed(draft.recipientIin, (recipientIin) => change({ recipientIin }))}
              maxLength={14}
              inputMode="numeric"
              required
              data-testid="receipt-order-recipient"
            />
            <TextInput
              label={t('receiptOrders.officer.recipientName')}
              {...typed(draft.recipientName, (recipientName) => change({ recipientName }))}
              maxLength={200}
            />
            <Select
              label={t('receiptOrders.channel')}
              value={draft.channel}
              onChange={(channel) => channel && change({ channel: channel as IssueDraft['channel'] })}
              allowDeselect={false}
              data={channels.map((value) => ({ value, label: t(`receiptOrders.channels.${value}`) }))}
              data-testid="receipt-order-channel"
            />
            <DayInput
              label={t('receiptOrders.calculatedOn')}
              {...typed(draft.date, (date) => change({ date }))}
              required
            />
          </SimpleGrid>
          {draft.items.map((item, index) => (
            <ItemFields
              key={index}
              number={index + 1}
              item={item}
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
            >
              {t('receiptOrders.officer.addItem')}
            </Button>
            <Button type="submit" loading={issue.pending} data-testid="receipt-order-issue">
              {t('receiptOrders.officer.submit')}
            </Button>
          </Group>
          {issue.error !== undefined && (
            <ServerRefusalAlert title={t('receiptOrders.officer.issueFailed')} error={issue.error} />
          )}
        </Stack>
      </Card>
      <QueueTable
        load={mapLoad(loadOf(list), (answer) => answer.receiptOrders)}
        columns={columns}
        row={(o) => ({ key: o.id, 'data-status': o.status })}
        texts={{ failed: t('receiptOrders.failed'), empty: t('receiptOrders.none') }}
        minWidth={720}
        testId="officer-receipt-orders"
      />
    </Page>
  );
}

function ItemFields({
  number,
  item,
  onChange,
  onRemove,
}: {
  number: number;
  item: ItemDraft;
  onChange: (patch: Partial<ItemDraft>) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const field = (name: 'hsCode' | 'originCountry' | 'invoiceValue' | 'currency' | 'netMassKg', maxLength: number) => ({
    label: t(`receiptOrders.item.${name}`),
    ...typed(item[name], (value) => onChange({ [name]: value })),
    maxLength,
    'data-testid': `receipt-order-item-${number}-${name}`,
  });
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('receiptOrders.officer.itemTitle', { number })}</Text>
        {onRemove && (
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={onRemove}
            aria-label={t('receiptOrders.officer.removeItem')}
          >
            ×
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
        <TextInput {...field('hsCode', 20)} required />
        <TextInput {...field('originCountry', 2)} />
        <TextInput {...field('invoiceValue', 24)} inputMode="decimal" required />
        <TextInput {...field('currency', 3)} required />
        <TextInput {...field('netMassKg', 24)} inputMode="decimal" required />
      </SimpleGrid>
    </Card>
  );
}
