import { Anchor, Badge, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { loadOf } from '../../data/load.ts';
import { officerAccountPath } from '../officer-accounts/paths.ts';
import { useUserAccounts } from './queries.ts';
import type { UserAccount } from './web-declarant-api.ts';

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

  const columns: Column<UserAccount>[] = [
    {
      key: 'name',
      header: t('webDeclarant.accounts.name'),
      cell: (account) => (
        <Anchor component={Link} to={officerAccountPath(account.id)}>
          {account.organisation ?? account.displayName ?? account.email}
        </Anchor>
      ),
    },
    { key: 'iinBin', header: t('webDeclarant.accounts.iinBin'), cell: (account) => account.iinBin },
    { key: 'login', header: t('webDeclarant.accounts.login'), cell: (account) => account.login ?? '' },
    {
      key: 'status',
      header: t('webDeclarant.access.status'),
      cell: (account) => (
        <Badge variant="light" color={accessColor[account.accessStatus]}>
          {t(`webDeclarant.access.statuses.${account.accessStatus}`)}
        </Badge>
      ),
    },
  ];

  return (
    <Page title={t('webDeclarant.accounts.title')} lead={t('webDeclarant.accounts.lead')}>
      <Group align="flex-end">
        <TextInput
          label={t('webDeclarant.accounts.iinBin')}
          {...typed(iinBin, setIinBin)}
          inputMode="numeric"
          maxLength={12}
        />
        <Button onClick={() => search(iinBin.trim())}>{t('webDeclarant.accounts.search')}</Button>
      </Group>
      {load.state === 'failed' && <ServerRefusalAlert title={t('webDeclarant.accounts.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.length === 0 && <Text c="dimmed">{t('webDeclarant.accounts.empty')}</Text>}
      {load.state === 'ready' && load.value.length > 0 && (
        <RowsTable
          rows={load.value}
          columns={columns}
          row={(account) => ({ key: account.id })}
          minWidth={700}
          striped
          testId="wd-accounts"
        />
      )}
    </Page>
  );
}
