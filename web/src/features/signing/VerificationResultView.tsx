import { Alert, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDateTime } from './format.ts';
import type { CertificateInfo, SignerInfo, VerificationResult } from './verify-api.ts';

const revocationColor: Record<string, string> = {
  good: 'teal',
  revoked: 'red',
  unknown: 'orange',
  not_checked: 'gray',
};

/** Whether the server could not say if the certificate was revoked: not asked, or no answer. */
const revocationUnchecked = (status: string): boolean => status === 'not_checked' || status === 'unknown';

/** The server's verdict on a signature: valid or not and why, who signed, the chain, revocation, time. */
export function VerificationResultView({ result }: { result: VerificationResult }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const date = (iso: string | null | undefined) => formatDateTime(iso, language);
  // Our own catalogue follows the language switch; the server's message covers codes added later.
  const message = result.valid
    ? t('signatures.result.validText')
    : result.code && i18n.exists(`signatures.codes.${result.code}`)
      ? t(`signatures.codes.${result.code}`)
      : (result.message ?? t('signatures.result.invalidText'));

  // A valid signature whose certificate was not looked up in a CRL or OCSP says so (issue 19 point 12).
  const unchecked = result.valid && revocationUnchecked(result.revocation.status);

  return (
    <Card
      withBorder
      padding="lg"
      data-testid="verify-result"
      data-valid={String(result.valid)}
      data-code={result.code ?? ''}
    >
      <Stack gap="md">
        <Group gap="sm">
          <Badge size="lg" color={result.valid ? 'teal' : 'red'} data-testid="verify-result-badge">
            {t(result.valid ? 'signatures.result.valid' : 'signatures.result.invalid')}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('signatures.result.checkedAt', { time: date(result.checkedAt) })}
          </Text>
        </Group>
        <Alert color={result.valid ? (unchecked ? 'yellow' : 'teal') : 'red'} data-testid="verify-message">
          {/* "Valid" alone would claim the certificate is not revoked. */}
          {unchecked ? (
            <Text span inherit data-testid="verify-revocation-unchecked">
              {t('signatures.revocation.unchecked')}
            </Text>
          ) : (
            message
          )}
          {result.detail && (
            <Text size="xs" c="dimmed" mt={4} data-testid="verify-detail">
              {result.detail}
            </Text>
          )}
        </Alert>

        {signersOf(result).map((signer, index) => (
          <SignerTable key={`${signer.serialNumber}-${index}`} signer={signer} date={date} />
        ))}

        <Section title={t('signatures.revocation.title')}>
          <Group gap="sm" data-testid="verify-revocation" data-status={result.revocation.status}>
            <Badge color={revocationColor[result.revocation.status] ?? 'gray'} variant="light">
              {t(`signatures.revocation.status.${result.revocation.status}`, {
                defaultValue: t('signatures.revocation.status.unknown'),
              })}
            </Badge>
            {result.revocation.source && (
              <Text size="sm">
                {t('signatures.revocation.source', { source: result.revocation.source.toUpperCase() })}
              </Text>
            )}
            {result.revocation.checkedAt && (
              <Text size="sm">{t('signatures.revocation.checkedAt', { time: date(result.revocation.checkedAt) })}</Text>
            )}
            {result.revocation.revokedAt && (
              <Text size="sm" c="red">
                {t('signatures.revocation.revokedAt', { time: date(result.revocation.revokedAt) })}
              </Text>
            )}
          </Group>
        </Section>

        <Section title={t('signatures.time.title')}>
          <Stack gap={4} data-testid="verify-time">
            <Text size="sm">
              {t('signatures.time.signingTime', {
                time: result.signingTime ? date(result.signingTime) : t('signatures.time.none'),
              })}
            </Text>
            {result.timestamp ? (
              <Group gap="xs" data-testid="verify-timestamp">
                <Text size="sm">
                  {t('signatures.time.timestamp', {
                    time: date(result.timestamp.time),
                    authority: result.timestamp.authority,
                  })}
                </Text>
                <Badge size="sm" variant="light" color={result.timestamp.trusted ? 'teal' : 'orange'}>
                  {t(result.timestamp.trusted ? 'signatures.time.trusted' : 'signatures.time.untrusted')}
                </Badge>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('signatures.time.noTimestamp')}
              </Text>
            )}
          </Stack>
        </Section>

        {result.chain.length > 0 && (
          <Section title={t('signatures.chain.title')}>
            <RowsTable
              rows={result.chain}
              columns={chainColumns(t, date)}
              row={(certificate) => ({ key: certificate.serialNumber + certificate.subject })}
              minWidth={640}
              striped
              testId="verify-chain"
            />
          </Section>
        )}
      </Stack>
    </Card>
  );
}

/** The certificates from the signer's up to the root, each with who it names, who issued it and when it holds. */
function chainColumns(t: TFunction, date: (iso: string) => string): Column<CertificateInfo>[] {
  return [
    { key: 'subject', header: t('signatures.chain.subject'), cell: (certificate) => certificate.subject },
    { key: 'issuer', header: t('signatures.chain.issuer'), cell: (certificate) => certificate.issuer },
    {
      key: 'serialNumber',
      header: t('signatures.chain.serialNumber'),
      cell: (certificate) => certificate.serialNumber,
      td: () => ({ style: { wordBreak: 'break-all' } }),
    },
    {
      key: 'validity',
      header: t('signatures.chain.validity'),
      cell: (certificate) => `${date(certificate.notBefore)} – ${date(certificate.notAfter)}`,
    },
  ];
}

/** A CMS may carry several signers; the server then lists them all, the first also as `signer`. */
function signersOf(result: VerificationResult): SignerInfo[] {
  if (result.signers && result.signers.length > 0) return result.signers;
  return result.signer ? [result.signer] : [];
}

function SignerTable({ signer, date }: { signer: SignerInfo; date: (iso: string) => string }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode, string?][] = [
    [t('signatures.signer.commonName'), signer.commonName, 'signer-name'],
    [t('signatures.signer.iin'), signer.iin, 'signer-iin'],
  ];
  if (signer.surname) rows.push([t('signatures.signer.surname'), signer.surname]);
  if (signer.bin) rows.push([t('signatures.signer.bin'), signer.bin, 'signer-bin']);
  if (signer.organization) rows.push([t('signatures.signer.organization'), signer.organization]);
  rows.push(
    [
      t('signatures.signer.roles'),
      <Group gap={4} key="roles" data-testid="signer-roles">
        {signer.roles.map((role) => (
          <Badge key={role} size="sm" variant="light" data-role={role}>
            {t(`signatures.roles.${role}`)}
          </Badge>
        ))}
      </Group>,
    ],
    [t('signatures.signer.keyPurpose'), t(`signing.purpose.${signer.keyPurpose}`), 'signer-key-purpose'],
    [t('signatures.signer.algorithm'), signer.algorithm],
    [t('signatures.signer.serialNumber'), signer.serialNumber],
    [t('signatures.signer.validity'), `${date(signer.notBefore)} – ${date(signer.notAfter)}`],
    [t('signatures.signer.issuer'), signer.issuer],
  );
  return (
    <Section title={t('signatures.signer.title')}>
      <Table withRowBorders={false} verticalSpacing={4} data-testid="verify-signer">
        <Table.Tbody>
          {rows.map(([label, value, testId]) => (
            <Table.Tr key={label}>
              <Table.Th w={220}>{label}</Table.Th>
              <Table.Td data-testid={testId} style={{ wordBreak: 'break-word' }}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
