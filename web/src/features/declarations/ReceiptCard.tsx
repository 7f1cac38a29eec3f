import { Anchor, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReceiptSummary } from '@shekara/contracts/declarations/print';
import { type Language, printedAmount } from '@shekara/contracts/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printedTime } from '../../dates.ts';
import { Fact } from './DeclarationPage.tsx';
import type { Declaration, DeclarationStatus, Receipt } from './declarations-api.ts';
import { verifyPath } from './paths.ts';
import { ReceiptQr } from './ReceiptQr.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export type ReceiptFacts = Pick<Receipt, 'registrationNumber' | 'customsOffice' | 'registeredAt'> & {
  documentSha256: string | null;
};

/**
 * The printed receipt: the number, the office (by name) and time, who filed it — with its register
 * number — and for whom under which representation (issue 17 points 6 and 7), who declares, how
 * many goods and the totals, the signed document's hash, and where anyone can check it, also as a
 * QR code.
 */
export function ReceiptCard({
  facts,
  status,
  cms,
  officeName,
  summary,
  parties,
}: {
  facts: ReceiptFacts;
  status: DeclarationStatus | undefined;
  cms: string | null;
  officeName?: string | null;
  summary?: ReceiptSummary | null;
  parties?: Declaration['parties'] | null;
}) {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'ru') as Language;
  const verifyUrl = facts.documentSha256
    ? `${verifyPath(facts.registrationNumber)}?hash=${facts.documentSha256}`
    : verifyPath(facts.registrationNumber);
  const declarant = summary?.declarant ?? (parties ? { name: undefined, iinBin: parties.declarant } : undefined);
  const representation = parties?.representation;
  return (
    <Card withBorder padding="xl" data-testid="receipt">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('declarations.receipt.title')}
        </Title>
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('declarations.receipt.number')}
          </Text>
          {/* the whole number on one line down to a phone's width: 21 characters at 20 px fit a 390 px screen */}
          <Text fz={{ base: 20, xs: 28 }} fw={700} ff="monospace" data-testid="receipt-number">
            {facts.registrationNumber}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Fact
            label={t('declarations.receipt.office')}
            value={officeName ? `${officeName} (${facts.customsOffice})` : facts.customsOffice}
            testId="receipt-office"
          />
          <Fact
            label={t('declarations.receipt.registeredAt')}
            value={printedTime(facts.registeredAt, i18n.resolvedLanguage)}
            testId="receipt-time"
          />
          {parties && (
            <Fact
              label={t('declarations.receipt.filer')}
              value={`${parties.filer.iinBin}${
                parties.filer.registerNumber
                  ? t('representation.parties.registerNumber', { number: parties.filer.registerNumber })
                  : ''
              }`}
              testId="receipt-filer"
            />
          )}
          {declarant && (
            <Fact
              label={t('declarations.receipt.declarant')}
              value={[declarant.name, declarant.iinBin].filter(Boolean).join(', ')}
              testId="receipt-declarant"
            />
          )}
          {representation && (
            <Fact
              label={t('declarations.receipt.representation')}
              value={t('representation.contractOf', {
                number: representation.contractNumber,
                date: representation.contractDate,
              })}
              testId="receipt-representation"
            />
          )}
          {summary?.goodsCount != null && (
            <Fact
              label={t('declarations.receipt.goodsCount')}
              value={String(summary.goodsCount)}
              testId="receipt-goods"
            />
          )}
          {summary?.totalCustomsValue != null && (
            <Fact
              label={t('declarations.receipt.totalCustomsValue')}
              value={`${printedAmount(summary.totalCustomsValue, language)} ₸`}
              testId="receipt-customs-value"
            />
          )}
          {summary?.totalPayments != null && (
            <Fact
              label={t('declarations.receipt.totalPayments')}
              value={`${printedAmount(summary.totalPayments, language)} ₸`}
              testId="receipt-payments"
            />
          )}
        </SimpleGrid>
        {facts.documentSha256 && (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('declarations.receipt.hash')}
            </Text>
            <Code block data-testid="receipt-hash" style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
              {facts.documentSha256}
            </Code>
          </Stack>
        )}
        {status && (
          <Group gap="xs">
            <Text size="sm">{t('declarations.receipt.status')}</Text>
            <StatusBadge status={status} />
          </Group>
        )}
        <Group align="center" gap="md">
          <ReceiptQr url={`${window.location.origin}${verifyUrl}`} label={t('declarations.receipt.qr')} />
          <Text size="sm" style={{ overflowWrap: 'anywhere', flex: '1 1 14rem' }}>
            {t('declarations.receipt.verifyText')}{' '}
            <Anchor component={Link} to={verifyUrl} data-testid="receipt-verify">
              {`${window.location.origin}${verifyPath(facts.registrationNumber)}`}
            </Anchor>
          </Text>
        </Group>
        {cms && (
          <Text size="xs" c="dimmed" data-print="hide">
            {t('declarations.receipt.signed')}{' '}
            <Anchor
              href={`data:application/pkcs7-mime;base64,${cms}`}
              download={`${facts.registrationNumber.replace(/\//g, '-')}.p7m`}
              data-testid="receipt-cms"
            >
              {t('declarations.receipt.download')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
