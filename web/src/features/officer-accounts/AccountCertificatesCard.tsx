import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TitledCard } from '../../components/TitledCard.tsx';
import { formatInstant } from '../account/format.ts';
import type { OfficerAccountDetail } from './officer-accounts-api.ts';

/** The certificates bound to the account, each with its status and the day it expires. */
export function AccountCertificatesCard({ certificates }: { certificates: OfficerAccountDetail['certificates'] }) {
  const { t } = useTranslation();
  return (
    <TitledCard title={t('officerAccounts.certificates')}>
      {certificates.length === 0 ? (
        <Text c="dimmed">{t('officerAccounts.none')}</Text>
      ) : (
        <Stack gap={4}>
          {certificates.map((c) => (
            <Group key={c.serialNumber} gap="xs" wrap="wrap">
              <Badge variant="light" color={c.status === 'active' ? 'green' : 'gray'}>
                {t(`officerAccounts.certificateStatuses.${c.status}`)}
              </Badge>
              <Text size="sm">
                {c.commonName} · {c.algorithm} · {c.serialNumber} ·{' '}
                {t('officerAccounts.validUntil', { date: formatInstant(c.notAfter) })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </TitledCard>
  );
}
