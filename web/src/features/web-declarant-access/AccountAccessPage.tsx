import { Alert, Badge, Button, Card, Checkbox, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LongText } from '../../components/LongText.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { ticked, typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { printedDate, printedTime } from '../../dates.ts';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { accessColor } from './AccountsPage.tsx';
import { accountsPath } from './paths.ts';
import { useAccess, useAccount, webDeclarantKeys } from './queries.ts';
import { takeMeasure } from './web-declarant-api.ts';

type Ground = 'rules_broken' | 'code_revoked';

/**
 * An account's access and its measures (WD-24, WD-27..30): suspend for handing the login to a
 * third party, lift it, revoke with a reason, grant again once the cause is removed and a month
 * has passed — the server decides; the page shows what it allows and why it refused.
 */
export function AccountAccessPage() {
  return <ReadReasonGate>{(readReason) => <AccountAccess readReason={readReason} />}</ReadReasonGate>;
}

/** The page itself, once the officer has said why they read the account (ACC-7). */
function AccountAccess({ readReason }: { readReason: DataReadReason }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const accountQuery = useAccount(id, readReason);
  const accessQuery = useAccess(id, readReason);
  const account = accountQuery.data ?? null;
  const access = accessQuery.data ?? null;
  const loadFailure = accountQuery.error ?? accessQuery.error;
  const measure = useAction(
    (action: 'suspend' | 'lift-suspension' | 'revoke' | 'regrant', body: object) => takeMeasure(id, action, body),
    [webDeclarantKeys.all],
  );
  const busy = measure.pending;
  const failure = measure.error;
  const [reason, setReason] = useState('');
  const [ground, setGround] = useState<Ground>('rules_broken');
  const [causeRemoved, setCauseRemoved] = useState(false);

  const act = async (action: 'suspend' | 'lift-suspension' | 'revoke' | 'regrant', body: object) => {
    // A refused measure keeps what the officer wrote, to correct it.
    if ((await measure.run(action, body)) === undefined) return;
    setReason('');
    setCauseRemoved(false);
  };

  if (!account || !access) {
    return (
      <Stack py="xl">
        {loadFailure ? <ServerRefusalAlert title={t('webDeclarant.access.failed')} error={loadFailure} /> : <Loader />}
      </Stack>
    );
  }
  const status = access.accessStatus;
  const reasonGiven = reason.trim() !== '';

  return (
    <Stack gap="lg" py="xl" maw={900}>
      <SmallLink to={accountsPath}>{t('webDeclarant.accounts.back')}</SmallLink>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={1}>{t('webDeclarant.access.title')}</Title>
          <Text c="dimmed">
            {account.organisation ?? account.displayName ?? account.email} · {account.iinBin}
            {account.login ? ` · ${account.login}` : ''}
          </Text>
        </Stack>
        <Badge size="lg" color={accessColor[status]} data-testid="wd-access-status" data-status={status}>
          {t(`webDeclarant.access.statuses.${status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {t('webDeclarant.access.revocations', { n: access.revocations, limit: access.revocationsBeforeDisabling })}
      </Text>
      {failure !== undefined && <ServerRefusalAlert title={t('webDeclarant.access.refused')} error={failure} />}

      {status === 'disabled' && <Alert color="dark">{t('webDeclarant.access.disabled')}</Alert>}
      {(status === 'active' || status === 'suspended') && (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <LongText
              label={t('webDeclarant.access.reason')}
              {...typed(reason, setReason)}
              maxLength={2000}
              data-testid="wd-access-reason"
            />
            <Group align="flex-end">
              {status === 'active' ? (
                <Button
                  color="orange"
                  disabled={!reasonGiven}
                  loading={busy}
                  onClick={() => act('suspend', { reason: reason.trim() })}
                  data-testid="wd-suspend"
                >
                  {t('webDeclarant.access.suspend')}
                </Button>
              ) : (
                <Button
                  color="green"
                  variant="light"
                  loading={busy}
                  onClick={() => act('lift-suspension', reasonGiven ? { reason: reason.trim() } : {})}
                  data-testid="wd-lift"
                >
                  {t('webDeclarant.access.lift')}
                </Button>
              )}
              <Select
                label={t('webDeclarant.access.ground')}
                data={(['rules_broken', 'code_revoked'] as const).map((value) => ({
                  value,
                  label: t(`webDeclarant.access.grounds.${value}`),
                }))}
                value={ground}
                onChange={(value) => value && setGround(value as Ground)}
                allowDeselect={false}
              />
              <Button
                color="red"
                disabled={!reasonGiven}
                loading={busy}
                onClick={() => act('revoke', { reason: reason.trim(), ground })}
                data-testid="wd-revoke"
              >
                {t('webDeclarant.access.revoke')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('webDeclarant.access.revokeHint', { limit: access.revocationsBeforeDisabling })}
            </Text>
          </Stack>
        </Card>
      )}
      {status === 'revoked' && (
        <RegrantCard
          earliest={access.earliestRegrant}
          causeRemoved={causeRemoved}
          onCauseRemoved={setCauseRemoved}
          note={reason}
          onNote={setReason}
          busy={busy}
          onRegrant={() => act('regrant', { causeRemoved: true, ...(reasonGiven ? { note: reason.trim() } : {}) })}
        />
      )}

      <MeasuresHistory access={access} />
    </Stack>
  );
}

type Access = NonNullable<ReturnType<typeof useAccess>['data']>;

interface RegrantCardProps {
  earliest: string | null;
  causeRemoved: boolean;
  onCauseRemoved: (removed: boolean) => void;
  note: string;
  onNote: (note: string) => void;
  busy: boolean;
  onRegrant: () => void;
}

/** Access granted again (WD-30): only once the officer confirms the cause is removed. */
function RegrantCard({ earliest, causeRemoved, onCauseRemoved, note, onNote, busy, onRegrant }: RegrantCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        {earliest && <Text>{t('webDeclarant.access.earliest', { date: printedDate(earliest) })}</Text>}
        <Checkbox
          label={t('webDeclarant.access.causeRemoved')}
          {...ticked(causeRemoved, onCauseRemoved)}
          data-testid="wd-cause-removed"
        />
        <LongText label={t('webDeclarant.access.note')} {...typed(note, onNote)} maxLength={2000} />
        <Group>
          <Button disabled={!causeRemoved} loading={busy} onClick={onRegrant} data-testid="wd-regrant">
            {t('webDeclarant.access.regrant')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Every measure taken on the account, newest as the server orders them. */
function MeasuresHistory({ access }: { access: Access }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <>
      <Title order={2} size="h3">
        {t('webDeclarant.access.history')}
      </Title>
      {access.measures.length === 0 ? (
        <Text c="dimmed">{t('webDeclarant.access.noMeasures')}</Text>
      ) : (
        <Table striped data-testid="wd-measures">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('webDeclarant.access.when')}</Table.Th>
              <Table.Th>{t('webDeclarant.access.measure')}</Table.Th>
              <Table.Th>{t('webDeclarant.access.groundColumn')}</Table.Th>
              <Table.Th>{t('webDeclarant.access.reason')}</Table.Th>
              <Table.Th>{t('webDeclarant.access.body')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {access.measures.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{printedTime(m.at, language)}</Table.Td>
                <Table.Td>
                  {t(`webDeclarant.access.measures.${m.measure}`)}
                  {m.permanent && (
                    <Badge ml="xs" color="dark" size="sm">
                      {t('webDeclarant.access.statuses.disabled')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{m.ground ? t(`webDeclarant.access.grounds.${m.ground}`) : ''}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{m.reason ?? ''}</Table.Td>
                <Table.Td>{m.bodyCode ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
