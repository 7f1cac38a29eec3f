import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TitledCard } from '../../components/TitledCard.tsx';
import { actionKey, formatInstant } from '../account/format.ts';
import type { OfficerAccountDetail } from './officer-accounts-api.ts';

/** Every event of the account: log-ins, changes of data and certificate, decisions. */
export function AccountHistoryCard({ history }: { history: OfficerAccountDetail['history'] }) {
  const { t, i18n } = useTranslation();
  return (
    <TitledCard title={t('officerAccounts.history')}>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Tbody>
            {history.map((entry, index) => (
              <Table.Tr key={`${entry.at}-${index}`}>
                <Table.Td>{formatInstant(entry.at)}</Table.Td>
                <Table.Td>{i18n.exists(actionKey(entry.action)) ? t(actionKey(entry.action)) : entry.action}</Table.Td>
                <Table.Td>
                  {t(`account.history.outcomes.${entry.outcome}`, { defaultValue: t('account.history.outcome') })}
                  {entry.code ? ` · ${entry.code}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </TitledCard>
  );
}
