import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { officerAccountPath } from '../officer-accounts/paths.ts';
import { useUserAccounts } from './queries.ts';

export const accessColor = { active: 'green', suspended: 'orange', revoked: 'red', disabled: 'dark' } as const;

/** The users registered at the officer's department, to reach an account's access measures (WD-24, WD-27..30). */
export function AccountsPage() {
  const { t } = useTranslation();
  const [iinBin, setIinBin] = useState('');
  // The search asks for what is typed only when it is a whole IIN/BIN; anything else lists them all.
  const [asked, setAsked] = useState<string | undefined>(undefined);
  const accounts = useUserAccounts(asked);
  const load = loadOf(accounts);
  const search = (number: string) => {
    const next = /^\d{12}$/.test(number) ? number : undefined;
    if (next === asked) void accounts.refetch();
    else setAsked(next);
  };

  return (
    <Stack gap="lg" py="xl">
      <Title order={1}>{t('webDeclarant.accounts.title')}</Title>
      <Text maw={760}>{t('webDeclarant.accounts.lead')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('webDeclarant.accounts.iinBin')}
          value={iinBin}
          onChange={(event) => setIinBin(event.currentTarget.value)}
          inputMode="numeric"
          maxLength={12}
        />
        <Button onClick={() => search(iinBin.trim())}>{t('webDeclarant.accounts.search')}</Button>
      </Group>
      {load.state === 'failed' && <ServerRefusalAlert title={t('webDeclarant.accounts.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.length === 0 && <Text c="dimmed">{t('webDeclarant.accounts.empty')}</Text>}
      {load.state === 'ready' && load.value.length > 0 && (
        <DataTable
          headers={[
            t('webDeclarant.accounts.name'),
            t('webDeclarant.accounts.iinBin'),
            t('webDeclarant.accounts.login'),
            t('webDeclarant.access.status'),
          ]}
          minWidth={700}
          striped
          testId="wd-accounts"
        >
          {load.value.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>
                <Anchor component={Link} to={officerAccountPath(account.id)}>
                  {account.organisation ?? account.displayName ?? account.email}
                </Anchor>
              </Table.Td>
              <Table.Td>{account.iinBin}</Table.Td>
              <Table.Td>{account.login ?? ''}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={accessColor[account.accessStatus]}>
                  {t(`webDeclarant.access.statuses.${account.accessStatus}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
