import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { actionKey, formatInstant } from '../account/format.ts';
import { accountAccessPath } from '../web-declarant-access/paths.ts';
import { endUserSession, fetchOfficerAccount } from './officer-accounts-api.ts';

/**
 * One user's account for the officer of the body where it was created (issue 4 points 7 and 10,
 * AST-8): who it is, its certificates, the sessions holding its workplaces (each can be ended),
 * and every event — log-ins, changes of data and certificate, decisions.
 */
export function AccountDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['officer-accounts', id], queryFn: () => fetchOfficerAccount(id) });
  const [ending, setEnding] = useState<string | null>(null);
  const ended = useAction(
    (accountId: string, sessionId: string) => endUserSession(accountId, sessionId),
    [['officer-accounts', id]],
  );
  const failure = ended.error;

  if (query.status === 'pending') return <Loader my="xl" />;
  if (query.status === 'error') return <ServerRefusalAlert title={t('officerAccounts.failed')} error={query.error} />;
  const { account, certificates, sessions, history } = query.data;

  const end = (sessionId: string) => {
    setEnding(sessionId);
    void ended.run(account.id, sessionId).finally(() => setEnding(null));
  };

  return (
    <Stack gap="lg" py="xl" data-testid="officer-account">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{account.organisation ?? account.displayName ?? account.iinBin}</Title>
        <Anchor component={Link} to={accountAccessPath(account.id)} data-testid="officer-account-access">
          {t('officerAccounts.accessMeasures')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Fact label={t('officerAccounts.iinBin')} value={account.iinBin} />
        <Fact
          label={t('officerAccounts.userType')}
          value={
            account.userType ? t(`account.userTypes.${account.userType}.name`) : t(`session.kinds.${account.kind}`)
          }
        />
        <Fact label={t('officerAccounts.login')} value={account.login ?? '—'} />
        <Fact label={t('officerAccounts.email')} value={account.email || '—'} />
        <Fact label={t('officerAccounts.workplaces')} value={String(account.workplaces)} />
        <Fact label={t('officerAccounts.created')} value={formatInstant(account.createdAt)} />
        <Fact
          label={t('officerAccounts.status')}
          value={t(`officerAccounts.statuses.${account.status}`, { defaultValue: account.status })}
        />
        <Fact label={t('officerAccounts.access')} value={t(`officerAccounts.accessStatuses.${account.accessStatus}`)} />
      </SimpleGrid>

      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          {t('officerAccounts.certificates')}
        </Title>
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
      </Card>

      <Card withBorder padding="lg" data-testid="officer-account-sessions">
        <Title order={2} size="h4" mb="sm">
          {t('officerAccounts.sessions', { count: sessions.length, workplaces: account.workplaces })}
        </Title>
        {failure !== undefined && <ServerRefusalAlert title={t('officerAccounts.endFailed')} error={failure} />}
        {sessions.length === 0 ? (
          <Text c="dimmed">{t('officerAccounts.noSessions')}</Text>
        ) : (
          <Stack gap="xs">
            {sessions.map((s) => (
              <Group key={s.id} justify="space-between" wrap="wrap" data-testid="officer-account-session">
                <Text size="sm">
                  {t(`officerAccounts.methods.${s.method}`)} · {formatInstant(s.createdAt)} · {s.ip ?? ''}
                </Text>
                <Button size="xs" variant="light" color="red" loading={ending === s.id} onClick={() => end(s.id)}>
                  {t('officerAccounts.endSession')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Card>

      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          {t('officerAccounts.history')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Tbody>
              {history.map((entry, index) => (
                <Table.Tr key={`${entry.at}-${index}`}>
                  <Table.Td>{formatInstant(entry.at)}</Table.Td>
                  <Table.Td>
                    {i18n.exists(actionKey(entry.action)) ? t(actionKey(entry.action)) : entry.action}
                  </Table.Td>
                  <Table.Td>
                    {t(`account.history.outcomes.${entry.outcome}`, { defaultValue: entry.outcome })}
                    {entry.code ? ` · ${entry.code}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
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
