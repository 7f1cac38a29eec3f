import { Alert, Badge, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { printedTime } from '../../dates.ts';
import { checkReceiptOrder } from './receipt-orders-api.ts';

const sha256 = /^[0-9a-fA-F]{64}$/;

/**
 * The public check of a printed customs receipt order (ACC-21): the QR code on it carries its
 * number and the digest of the document the system signed; the page says whether such an order
 * was issued, its status now, and whether the system's signature over it verifies. No log-in,
 * and nothing about the person it was issued to.
 */
export function ReceiptOrderCheckPage() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const number = search.get('number') ?? '';
  const hash = search.get('hash') ?? '';
  const asked = number.length > 0 && number.length <= 40 && sha256.test(hash);
  const check = useQuery({
    queryKey: ['receipt-order-check', number, hash],
    queryFn: () => checkReceiptOrder(number, hash.toLowerCase()),
    enabled: asked,
    retry: false,
  });
  return (
    <Page title={t('receiptOrders.check.title')} lead={t('receiptOrders.check.lead')} maw={760}>
      {!asked && <Alert color="yellow">{t('receiptOrders.check.incomplete')}</Alert>}
      {check.error && <ServerRefusalAlert title={t('receiptOrders.check.notFound')} error={check.error} />}
      {check.data && (
        <Card withBorder data-testid="receipt-order-check" data-status={check.data.status}>
          <Stack>
            <Badge color={check.data.signature.valid ? 'green' : 'red'} size="lg" data-testid="receipt-order-signature">
              {check.data.signature.valid
                ? t('receiptOrders.check.signatureValid')
                : t('receiptOrders.check.signatureInvalid')}
            </Badge>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Fact label={t('receiptOrders.number')} value={check.data.number} />
              <Fact label={t('receiptOrders.office')} value={check.data.officeCode} />
              <Fact
                label={t('receiptOrders.issuedAt')}
                value={printedTime(check.data.issuedAt, i18n.resolvedLanguage)}
              />
              <Fact label={t('receiptOrders.status')} value={t(`receiptOrders.statuses.${check.data.status}`)} />
              <Fact label={t('receiptOrders.total')} value={t('receiptOrders.tenge', { amount: check.data.total })} />
              {check.data.signature.signer && (
                <Fact label={t('receiptOrders.check.signer')} value={check.data.signature.signer} />
              )}
            </SimpleGrid>
          </Stack>
        </Card>
      )}
    </Page>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value}</Text>
    </Stack>
  );
}
