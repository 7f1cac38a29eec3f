import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../account/format.ts';
import type { OfficerAccountDetail } from './officer-accounts-api.ts';

/** Who the account is: its IIN/BIN, kind, login, e-mail, workplaces, and where its access stands. */
export function AccountFacts({ account }: { account: OfficerAccountDetail['account'] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <Fact label={t('officerAccounts.iinBin')} value={account.iinBin} />
      <Fact
        label={t('officerAccounts.userType')}
        value={account.userType ? t(`account.userTypes.${account.userType}.name`) : t(`session.kinds.${account.kind}`)}
      />
      <Fact label={t('officerAccounts.login')} value={account.login ?? '—'} />
      <Fact label={t('officerAccounts.email')} value={account.email || '—'} />
      <Fact label={t('officerAccounts.workplaces')} value={String(account.workplaces)} />
      <Fact label={t('officerAccounts.created')} value={formatInstant(account.createdAt)} />
      <Fact
        label={t('officerAccounts.status')}
        value={t(`officerAccounts.statuses.${account.status}`, { defaultValue: t('officerAccounts.status') })}
      />
      <Fact label={t('officerAccounts.access')} value={t(`officerAccounts.accessStatuses.${account.accessStatus}`)} />
    </SimpleGrid>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
}
