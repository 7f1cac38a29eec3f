import { Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { loadOf } from '../../data/load.ts';
import { printedTime } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { checkReceipt, type ReceiptCheck } from './receipt-check-api.ts';
import { registrationNumberPattern, sha256Pattern, verifyPath } from './receipt-paths.ts';

/**
 * The public check of a delivery receipt (WD-14): whoever holds the registration number and the
 * document's hash printed on the receipt sees when and where it was delivered and its status now.
 */
export function ReceiptCheckPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const numberInPath = useParams()['*'] ?? '';
  const [search] = useSearchParams();
  const hashInQuery = search.get('hash') ?? '';
  const [number, setNumber] = useState(numberInPath);
  const [hash, setHash] = useState(hashInQuery);
  const asked = registrationNumberPattern.test(numberInPath) && sha256Pattern.test(hashInQuery);
  const result = loadOf<ReceiptCheck>(
    useQuery({
      queryKey: ['receipt-check', numberInPath, hashInQuery],
      queryFn: () => checkReceipt(numberInPath, hashInQuery),
      enabled: asked,
    }),
  );

  const numberError =
    number && !registrationNumberPattern.test(number.trim()) ? t('receiptCheck.numberInvalid') : undefined;
  const hashError = hash && !sha256Pattern.test(hash.trim()) ? t('receiptCheck.hashInvalid') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!number || !hash || numberError || hashError) return;
    navigate(verifyPath(number.trim(), hash.trim().toLowerCase()));
  };

  // Both boxes are needed, and each says under it what is wrong with what was typed.
  const checked = (value: string, onText: (text: string) => void, error: string | null | undefined) => ({
    ...typed(value, onText),
    error,
    required: true,
  });

  return (
    <Page title={t('receiptCheck.title')} lead={t('receiptCheck.lead')} testId="receipt-check-title" maw={760}>
      <Card withBorder component="form" onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('receiptCheck.number')}
            description={t('receiptCheck.numberHint')}
            {...checked(number, setNumber, numberError)}
            data-testid="receipt-check-number"
          />
          <TextInput
            label={t('receiptCheck.hash')}
            description={t('receiptCheck.hashHint')}
            {...checked(hash, setHash, hashError)}
            ff="monospace"
            data-testid="receipt-check-hash"
          />
          <Group>
            <Button type="submit" data-testid="receipt-check-submit">
              {t('receiptCheck.check')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {asked && result.state === 'failed' && (
        <ServerRefusalAlert title={t('receiptCheck.notFound')} error={result.error} />
      )}
      {asked && result.state === 'ready' && <ReceiptFacts receipt={result.value} />}
    </Page>
  );
}

function ReceiptFacts({ receipt }: { receipt: ReceiptCheck }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('receiptCheck.number'), receipt.registrationNumber],
    [t('receiptCheck.office'), receipt.customsOffice],
    [t('receiptCheck.registeredAt'), printedTime(receipt.registeredAt, currentLanguage())],
    [t('receiptCheck.kind'), t(`receiptCheck.kinds.${receipt.kind}`, { defaultValue: t('receiptCheck.kind') })],
    [t('receiptCheck.submission'), String(receipt.submission)],
  ];
  return (
    <Card withBorder data-testid="receipt-check-result">
      <Stack>
        <Group>
          <Text fw={600}>{t('receiptCheck.found')}</Text>
          <Badge data-testid="receipt-check-status" data-status={receipt.status}>
            {t(`receiptCheck.statuses.${receipt.status}`, { defaultValue: t('declarations.timeline.status') })}
          </Badge>
        </Group>
        {receipt.supersededBy && (
          <Alert color="orange" title={t('receiptCheck.superseded.title')} data-testid="receipt-check-superseded">
            {t(`receiptCheck.superseded.${receipt.supersededBy.by}`, {
              number: receipt.supersededBy.registrationNumber,
              copy: receipt.supersededBy.submission ?? '',
              at: printedTime(receipt.supersededBy.at, currentLanguage()),
            })}
          </Alert>
        )}
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
