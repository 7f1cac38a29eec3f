import { Anchor, Loader, Stack } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitleBar } from '../../components/TitleBar.tsx';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { accountAccessPath } from '../web-declarant-access/paths.ts';
import { AccountCertificatesCard } from './AccountCertificatesCard.tsx';
import { AccountFacts } from './AccountFacts.tsx';
import { AccountHistoryCard } from './AccountHistoryCard.tsx';
import { AccountLoginsCard } from './AccountLoginsCard.tsx';
import { AccountSessionsCard } from './AccountSessionsCard.tsx';
import { fetchOfficerAccount, officerAccountKey } from './officer-accounts-api.ts';

/**
 * One user's account for the officer of the body where it was created (issue 4 points 7 and 10,
 * AST-8): who it is, its certificates, the sessions holding its workplaces (each can be ended),
 * and every event — log-ins, changes of data and certificate, decisions. Opened for a reason
 * the officer states (ACC-7).
 */
export function AccountDetailPage() {
  return <ReadReasonGate>{(reason) => <AccountDetail reason={reason} />}</ReadReasonGate>;
}

function AccountDetail({ reason }: { reason: DataReadReason }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: officerAccountKey(id), queryFn: () => fetchOfficerAccount(id, reason) });

  if (query.status === 'pending') return <Loader my="xl" />;
  if (query.status === 'error') return <ServerRefusalAlert title={t('officerAccounts.failed')} error={query.error} />;
  const { account, certificates, history } = query.data;

  return (
    <Stack gap="lg" py="xl" data-testid="officer-account">
      <TitleBar title={account.organisation ?? account.displayName ?? account.iinBin}>
        <Anchor component={Link} to={accountAccessPath(account.id)} data-testid="officer-account-access">
          {t('officerAccounts.accessMeasures')}
        </Anchor>
      </TitleBar>
      <AccountFacts account={account} />
      <AccountCertificatesCard certificates={certificates} />
      <AccountLoginsCard detail={query.data} />
      <AccountSessionsCard detail={query.data} />
      <AccountHistoryCard history={history} />
    </Stack>
  );
}
